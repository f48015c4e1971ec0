package io.rebound.edge.sync.testing;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.rebound.protocols.ids.AuthorizationId;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.RefundAuthorizationRequest;
import io.rebound.protocols.requests.RefundAuthorizationResponse;
import io.rebound.protocols.requests.RefundDecision;
import io.rebound.protocols.requests.RequestContentTypes;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.requests.ReturnUpdates;
import io.rebound.protocols.requests.ReturnUpdatesRequest;
import io.rebound.protocols.schema.MessageKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The request/response side of {@link FakeCentral}: answers refund authorizations with a decision
 * the test chooses (or stays silent), grants credit blocks from its own counter (or stays silent),
 * pages a JVM-wide update log the test appends to ({@link #logUpdate}), copying response topic and
 * correlation data as central does. Records what it was asked.
 */
public final class FakeCentralRequests {
  /** Rule central declines with. */
  public static final String DECLINE_RULE = "central.sale-line.already-returned";

  private final Mqtt5AsyncClient client;
  private final List<RefundAuthorizationRequest> refundRequests = new CopyOnWriteArrayList<>();
  private final List<CreditBlockRequest> blockRequests = new CopyOnWriteArrayList<>();
  private final List<CreditBlockGrant> grants = new CopyOnWriteArrayList<>();

  /** One number sequence for every fake central of the JVM, as central's is fleet-wide. */
  private static final AtomicLong NEXT_NUMBER = new AtomicLong(1_000);

  /** Every block any fake central of the JVM granted. */
  private static final List<CreditBlockGrant> ALL_GRANTS = new CopyOnWriteArrayList<>();

  /** One update log for every fake central of the JVM (the agents' cursors outlive a fake). */
  private static final List<ReturnUpdate> UPDATE_LOG = new CopyOnWriteArrayList<>();

  private final List<ReturnUpdatesRequest> updateRequests = new CopyOnWriteArrayList<>();
  private volatile boolean answeringUpdates = true;

  private volatile Optional<RefundDecision> decision = Optional.of(RefundDecision.APPROVED);
  private volatile boolean granting = true;

  FakeCentralRequests(Mqtt5AsyncClient client) {
    this.client = client;
  }

  /** Answer refund authorizations with {@code d}; empty = never answer. */
  public void refundDecision(Optional<RefundDecision> d) {
    decision = d;
  }

  /** Grant credit blocks (true) or ignore block requests (false). */
  public void granting(boolean on) {
    granting = on;
  }

  /** Every block any fake central of this JVM granted. */
  public static List<CreditBlockGrant> allGrants() {
    return List.copyOf(ALL_GRANTS);
  }

  /**
   * Appends an entry to the update log (as central does when a step of the return ends); returns
   * it. Stores asking after a lower seq get it.
   */
  public static synchronized ReturnUpdate logUpdate(
      ReturnId returnId, OutcomeKind kind, OutcomeState state, String reference, String detail) {
    ReturnUpdate u =
        ReturnUpdate.of(
            UPDATE_LOG.size() + 1L, returnId, kind, state, reference, detail, null, Instant.now());
    UPDATE_LOG.add(u);
    return u;
  }

  /** The highest seq in the update log (0 when empty). */
  public static long lastLoggedSeq() {
    return UPDATE_LOG.size();
  }

  /** Answer return-updates requests (true) or ignore them (false). */
  public void answeringUpdates(boolean on) {
    answeringUpdates = on;
  }

  /** Every return-updates request this fake received. */
  public List<ReturnUpdatesRequest> updateRequests() {
    return List.copyOf(updateRequests);
  }

  public List<RefundAuthorizationRequest> refundRequests() {
    return List.copyOf(refundRequests);
  }

  public List<CreditBlockRequest> blockRequests() {
    return List.copyOf(blockRequests);
  }

  public List<CreditBlockGrant> grants() {
    return List.copyOf(grants);
  }

  /** Handles one request publish; runs on a client callback thread, never blocks. */
  void onRequest(Mqtt5Publish publish) {
    Optional<MessageKind> kind =
        publish
            .getContentType()
            .flatMap(t -> RequestContentTypes.kindOf(t.toString(), RequestContentTypes.REQUESTS));
    if (kind.isEmpty() || publish.getResponseTopic().isEmpty()) {
      return;
    }
    Object answer;
    MessageKind answerKind;
    Instant now = Instant.now();
    if (kind.get() == MessageKind.CREDIT_BLOCK_REQUEST) {
      CreditBlockRequest request =
          ProtocolJson.decode(publish.getPayloadAsBytes(), CreditBlockRequest.class);
      blockRequests.add(request);
      if (!granting) {
        return;
      }
      long first = NEXT_NUMBER.getAndAdd(request.size());
      CreditBlockGrant grant =
          CreditBlockGrant.of(
              request.requestId(),
              CreditBlockId.mint(Clock.systemUTC()),
              first,
              first + request.size() - 1,
              now);
      grants.add(grant);
      ALL_GRANTS.add(grant);
      answer = grant;
      answerKind = MessageKind.CREDIT_BLOCK_GRANT;
    } else if (kind.get() == MessageKind.RETURN_UPDATES_REQUEST) {
      ReturnUpdatesRequest request =
          ProtocolJson.decode(publish.getPayloadAsBytes(), ReturnUpdatesRequest.class);
      updateRequests.add(request);
      if (!answeringUpdates) {
        return;
      }
      List<ReturnUpdate> after =
          UPDATE_LOG.stream().filter(u -> u.seq() > request.after()).toList();
      List<ReturnUpdate> page = after.stream().limit(request.limit()).toList();
      answer =
          ReturnUpdates.page(request.storeId(), page, request.after(), after.size() > page.size());
      answerKind = MessageKind.RETURN_UPDATES;
    } else {
      RefundAuthorizationRequest request =
          ProtocolJson.decode(publish.getPayloadAsBytes(), RefundAuthorizationRequest.class);
      refundRequests.add(request);
      Optional<RefundDecision> d = decision;
      if (d.isEmpty()) {
        return;
      }
      AuthorizationId id = AuthorizationId.mint(Clock.systemUTC());
      answer =
          switch (d.get()) {
            case APPROVED -> RefundAuthorizationResponse.approved(request.returnId(), id, now);
            case DECLINED ->
                RefundAuthorizationResponse.declined(
                    request.returnId(),
                    id,
                    DECLINE_RULE,
                    "Sale line "
                        + request.lines().get(0).lineKey()
                        + " was already returned at store other-store.",
                    now);
            case UNAVAILABLE -> RefundAuthorizationResponse.unavailable(request.returnId(), now);
          };
      answerKind = MessageKind.REFUND_AUTHORIZATION_RESPONSE;
    }
    var builder =
        client
            .publishWith()
            .topic(publish.getResponseTopic().get())
            .qos(MqttQos.AT_LEAST_ONCE)
            .contentType(RequestContentTypes.of(answerKind))
            .payload(ProtocolJson.toBytes(answer));
    publish.getCorrelationData().ifPresent(builder::correlationData);
    builder.send();
  }
}
