package io.rebound.central.fleet;

import io.quarkus.security.identity.SecurityIdentity;
import io.rebound.central.security.StillSignedIn;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** The ops console's fleet: one read, and the live stream. */
@Path("/api/v1/stores")
public class FleetResource {
  private final FleetRepository fleet;
  private final FleetStream stream;
  private final StillSignedIn signedIn;
  private final SecurityIdentity identity;

  @Inject
  public FleetResource(
      FleetRepository fleet,
      FleetStream stream,
      StillSignedIn signedIn,
      SecurityIdentity identity) {
    this.fleet = fleet;
    this.stream = stream;
    this.signedIn = signedIn;
    this.identity = identity;
  }

  /** Every store with online/offline, backlog, lag, pending refunds, agent version and zone. */
  @GET
  @Path("/fleet")
  @Produces(MediaType.APPLICATION_JSON)
  public FleetSnapshot snapshot() {
    return fleet.snapshot();
  }

  /**
   * Server-sent events: {@code event: fleet} with a {@link FleetSnapshot} as data, on connect and
   * on every change; {@code : heartbeat} comments in between. Ended with an event {@code
   * signed-out} once the request's credentials no longer hold ({@link StillSignedIn}).
   */
  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(
      @Context SseEventSink sink,
      @Context Sse sse,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    stream.watch(sink, sse, signedIn.of(authorization, identity));
  }
}
