package io.rebound.central.enrollment;

import io.quarkus.security.identity.SecurityIdentity;
import io.rebound.protocols.ids.StoreId;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/stores/{storeId}/enrollment-codes} (role operator): a one-time code for
 * {@code rebound-agentctl enroll}, valid {@code rebound.enrollment.code-ttl}, shown once (201,
 * {@code Cache-Control: no-store}).
 */
@Path("/api/v1/stores/{storeId}/enrollment-codes")
public class EnrollmentCodesResource {
  private final EnrollmentCodes codes;
  private final SecurityIdentity identity;

  public EnrollmentCodesResource(EnrollmentCodes codes, SecurityIdentity identity) {
    this.codes = codes;
    this.identity = identity;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response issue(@PathParam("storeId") String storeId) {
    String operator = identity.isAnonymous() ? null : identity.getPrincipal().getName();
    IssuedCode issued = codes.issue(StoreId.of(storeId), operator);
    return Response.status(201).header("Cache-Control", "no-store").entity(issued).build();
  }
}
