package io.rebound.edge.requests;

import io.rebound.edge.mqtt.ConnectionState;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.mqtt.ResponseMessage;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.RequestContentTypes;
import io.rebound.protocols.schema.MessageKind;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The agent's side of MQTT 5 request/response with central: {@link #ask} publishes a request on
 * {@code …/requests} with a fresh correlation id and returns a future that completes with the
 * decoded answer, or empty when no answer came within the timeout (or the broker connection is
 * down, or the publish failed). Answers are matched by correlation data; an answer of another kind
 * or for an unknown (timed-out) correlation is ignored. Futures are completed off the MQTT client
 * thread, so nothing that waits on them can hold up the client.
 */
@ApplicationScoped
public class CentralRequests {
  private static final Logger LOG = Logger.getLogger(CentralRequests.class);

  private final MqttConnection mqtt;
  private final Map<String, Pending<?>> pending = new ConcurrentHashMap<>();

  /**
   * Completes the futures off the MQTT client thread. Not CompletableFuture's default executor:
   * with fewer than three cores (common-pool parallelism 1, e.g. a 2-core store PC) that starts a
   * new thread for every task, here for every answer from central.
   */
  private final ExecutorService completions =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "rebound-central-answers");
            t.setDaemon(true);
            return t;
          });

  public CentralRequests(MqttConnection mqtt) {
    this.mqtt = mqtt;
  }

  private record Pending<T>(
      MessageKind answerKind, Class<T> type, CompletableFuture<Optional<T>> f) {
    void complete(byte[] payload, Executor executor) {
      T answer = ProtocolJson.decode(payload, type);
      executor.execute(() -> f.complete(Optional.of(answer)));
    }
  }

  /**
   * Sends {@code request} (of {@code kind}) and waits at most {@code timeout} for an answer of
   * {@code type} (a response kind's record); never blocks the caller.
   */
  public <T> CompletableFuture<Optional<T>> ask(
      MessageKind kind, Object request, Class<T> type, Duration timeout) {
    MessageKind answerKind =
        RequestContentTypes.RESPONSES.stream()
            .filter(k -> k.recordType() == type)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(type + " is no response kind"));
    CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
    if (mqtt.state() != ConnectionState.CONNECTED) {
      answer.complete(Optional.empty());
      return answer;
    }
    String correlation = UUID.randomUUID().toString();
    pending.put(correlation, new Pending<>(answerKind, type, answer));
    answer
        .completeOnTimeout(Optional.empty(), timeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((a, e) -> pending.remove(correlation));
    mqtt.request(
            ProtocolJson.toBytes(request),
            RequestContentTypes.of(kind),
            correlation.getBytes(StandardCharsets.UTF_8))
        .whenComplete(
            (result, error) -> {
              Throwable failure = error != null ? error : result.getError().orElse(null);
              if (failure != null) {
                LOG.infof("%s not sent: %s", kind.schemaName(), failure.toString());
                completions.execute(() -> answer.complete(Optional.empty()));
              }
            });
    return answer;
  }

  @PreDestroy
  void stop() {
    completions.shutdown();
  }

  void onResponse(@Observes ResponseMessage response) {
    try {
      String correlation =
          response.correlationData().map(c -> new String(c, StandardCharsets.UTF_8)).orElse("");
      Pending<?> p = pending.get(correlation);
      if (p == null) {
        LOG.debugf("answer for an unknown or expired request %s ignored", correlation);
        return;
      }
      Optional<MessageKind> kind =
          response
              .contentType()
              .flatMap(t -> RequestContentTypes.kindOf(t, RequestContentTypes.RESPONSES));
      if (kind.isEmpty() || kind.get() != p.answerKind()) {
        LOG.warnf("answer to %s has content type %s; ignored", correlation, response.contentType());
        return;
      }
      p.complete(response.payload(), completions);
    } catch (InvalidMessageException e) {
      LOG.warnf("malformed answer from central ignored: %s %s", e.field(), e.rule());
    } catch (RuntimeException e) {
      LOG.warnf("answer from central ignored: %s", e.toString());
    }
  }
}
