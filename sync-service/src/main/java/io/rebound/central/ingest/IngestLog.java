package io.rebound.central.ingest;

import io.rebound.central.exceptions.ExceptionView;
import io.rebound.protocols.returns.ReturnAccepted;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Ingest log lines, each carrying storeId / eventId / returnId in the MDC. */
final class IngestLog {
  private static final Logger LOG = Logger.getLogger("io.rebound.central.ingest");
  private static final int RETRY_LOG_EVERY = 10;

  private IngestLog() {}

  static void committed(List<Decoded> batch, BatchResult result) {
    for (Decoded d : batch) {
      if (d instanceof Decoded.Poison p) {
        withMdc(
            p.storeId().map(Object::toString).orElse(null),
            p.eventId().map(Object::toString).orElse(null),
            null,
            () -> LOG.warnf("dead-lettered a message on %s: %s", p.source().topic(), p.reason()));
      } else if (d instanceof Decoded.Event e && LOG.isDebugEnabled()) {
        ReturnAccepted accepted = (ReturnAccepted) e.envelope().payload();
        withMdc(
            e.storeId().value(),
            e.envelope().eventId().toString(),
            accepted.returnId().toString(),
            () -> LOG.debugf("ingested sequence %d", e.envelope().sequence()));
      }
    }
    for (ExceptionView raised : result.raised()) {
      withMdc(
          raised.second().storeId().value(),
          null,
          raised.second().returnId().toString(),
          () -> LOG.warnf("exception %d %s: %s", raised.id(), raised.kind(), raised.describe()));
    }
    if (LOG.isDebugEnabled()) {
      LOG.debugf(
          "batch committed: %d stored, %d duplicate, %d dead-lettered",
          result.stored(), result.duplicates(), result.deadLettered());
    }
  }

  static void retrying(int size, int attempt, SQLException e) {
    if (attempt == 1 || attempt % RETRY_LOG_EVERY == 0) {
      LOG.warnf(
          "ingest transaction of %d message(s) failed (attempt %d), retrying with backoff: %s",
          size, attempt, e.getMessage());
    }
  }

  static void unrecordable(Decoded.Poison p, SQLException e) {
    withMdc(
        p.storeId().map(Object::toString).orElse(null),
        p.eventId().map(Object::toString).orElse(null),
        null,
        () ->
            LOG.errorf(
                "cannot record a poison message on %s in dead_letters (%s); acknowledging it"
                    + " anyway so it does not block the store. Reason: %s",
                p.source().topic(), e.getMessage(), p.reason()));
  }

  private static void withMdc(String storeId, String eventId, String returnId, Runnable log) {
    put("storeId", storeId);
    put("eventId", eventId);
    put("returnId", returnId);
    try {
      log.run();
    } finally {
      MDC.remove("storeId");
      MDC.remove("eventId");
      MDC.remove("returnId");
    }
  }

  private static void put(String key, String value) {
    if (value != null) {
      MDC.put(key, value);
    }
  }
}
