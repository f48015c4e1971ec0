package io.rebound.edge.http;

import io.rebound.protocols.envelope.Traceparent;
import org.jboss.logging.Logger;

/** The W3C {@code traceparent} a POS sent, or a new trace when it sent none or an invalid one. */
public final class TraceHeader {
  private static final Logger LOG = Logger.getLogger(TraceHeader.class);

  private TraceHeader() {}

  public static Traceparent orNew(String header) {
    if (header != null) {
      try {
        return Traceparent.parse(header.strip());
      } catch (IllegalArgumentException e) {
        LOG.debugf("ignoring invalid traceparent header: %s", e.getMessage());
      }
    }
    return Traceparent.random();
  }
}
