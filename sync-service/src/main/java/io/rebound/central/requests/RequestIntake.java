package io.rebound.central.requests;

import io.quarkus.runtime.ShutdownEvent;
import io.rebound.central.mqtt.InboundRequest;
import io.rebound.central.mqtt.MqttConnection;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.RequestContentTypes;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.requests.ReturnUpdatesRequest;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import io.rebound.protocols.topics.StoreTopic;
import io.rebound.protocols.topics.TopicKind;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Takes the stores' MQTT 5 requests off the MQTT client thread (never blocks it) onto two worker
 * threads, checks them (content type names a request kind, schema, the payload's store is the
 * topic's store, the response topic is that store's {@code …/responses}, correlation data present),
 * answers on the response topic with the request's correlation data, and acknowledges the request
 * once the answer is published. A request that fails a check is dropped unanswered (counted,
 * logged, acknowledged): the store times out and falls back. A full queue or a database failure
 * leaves the request unacknowledged (the broker redelivers it after a reconnect; the store's
 * timeout applies).
 */
@Singleton
public class RequestIntake {
  private static final Logger LOG = Logger.getLogger(RequestIntake.class);
  private static final int QUEUE = 1000;

  private final RequestService service;
  private final MqttConnection mqtt;
  private final RequestMetrics metrics;
  private final ThreadPoolExecutor workers;

  @Inject
  public RequestIntake(RequestService service, MqttConnection mqtt, RequestMetrics metrics) {
    this.service = service;
    this.mqtt = mqtt;
    this.metrics = metrics;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            2,
            2,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "rebound-requests-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  void onRequest(@Observes InboundRequest request) {
    try {
      workers.execute(() -> handle(request));
    } catch (RejectedExecutionException e) {
      LOG.warnf("request queue full (%d): %s stays unacknowledged", QUEUE, request.topic());
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    workers.shutdownNow();
  }

  private void handle(InboundRequest request) {
    try {
      StoreTopic topic = StoreTopic.parse(request.topic());
      MDC.put("storeId", topic.storeId().value());
      String responseTopic = StoreTopic.of(topic.storeId(), TopicKind.RESPONSES).name();
      if (!request.responseTopic().map(responseTopic::equals).orElse(false)) {
        throw new InvalidMessageException(
            "responseTopic", "store-responses", "must be " + responseTopic);
      }
      byte[] correlation =
          request
              .correlationData()
              .orElseThrow(
                  () ->
                      new InvalidMessageException(
                          "correlationData", "required", "is required for a request"));
      MessageKind kind =
          request
              .contentType()
              .flatMap(t -> RequestContentTypes.kindOf(t, RequestContentTypes.REQUESTS))
              .orElseThrow(
                  () ->
                      new InvalidMessageException(
                          "contentType", "request-kind", "must name a request kind"));
      MessageSchemas.instance().validate(kind, ProtocolJson.parseTree(request.payload()));
      Object answer = answer(kind, request.payload(), topic.storeId());
      MessageKind answerKind =
          RequestContentTypes.RESPONSES.stream()
              .filter(k -> k.recordType() == answer.getClass())
              .findFirst()
              .orElseThrow();
      mqtt.publishResponse(
              responseTopic,
              ProtocolJson.toBytes(answer),
              RequestContentTypes.of(answerKind),
              correlation)
          .whenComplete(
              (result, error) -> {
                if (error != null) {
                  LOG.warnf("answer on %s not published: %s", responseTopic, error.getMessage());
                }
                request.acknowledge().run();
              });
    } catch (InvalidMessageException e) {
      metrics.rejected();
      LOG.warnf(
          "request on %s dropped unanswered: %s %s (%s)",
          request.topic(), e.field(), e.rule(), e.detail());
      request.acknowledge().run();
    } catch (RuntimeException e) {
      LOG.errorf(e, "request on %s not answered; it stays unacknowledged", request.topic());
    } finally {
      MDC.remove("storeId");
    }
  }

  private Object answer(MessageKind kind, byte[] payload, StoreId topicStore) {
    if (kind == MessageKind.CREDIT_BLOCK_REQUEST) {
      CreditBlockRequest request = ProtocolJson.decode(payload, CreditBlockRequest.class);
      sameStore(request.storeId(), topicStore);
      CreditBlockGrant grant = service.grant(request);
      LOG.infof(
          "credit block %s (%d..%d) for request %s",
          grant.blockId(), grant.firstNumber(), grant.lastNumber(), grant.requestId());
      return grant;
    }
    if (kind == MessageKind.RETURN_UPDATES_REQUEST) {
      ReturnUpdatesRequest request = ProtocolJson.decode(payload, ReturnUpdatesRequest.class);
      sameStore(request.storeId(), topicStore);
      ReturnUpdates page = service.updates(request);
      LOG.debugf(
          "return updates after %d: %d (last %d, more %s)",
          request.after(), page.updates().size(), page.last(), page.more());
      return page;
    }
    RefundAuthorizationRequest request =
        ProtocolJson.decode(payload, RefundAuthorizationRequest.class);
    sameStore(request.storeId(), topicStore);
    RefundAuthorizationResponse response = service.authorize(request);
    LOG.infof(
        "refund authorization for return %s: %s%s",
        request.returnId(),
        response.decision(),
        response.rule() == null ? "" : " (" + response.rule() + ")");
    return response;
  }

  private static void sameStore(StoreId payload, StoreId topic) {
    if (!payload.equals(topic)) {
      throw new InvalidMessageException(
          "storeId", "topic-store", "must be the topic's store " + topic.value());
    }
  }
}
