package io.rebound.central.security;

import io.rebound.central.http.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The ops audit (logins, user changes), oldest first, paged like the other lists. */
@Path("/api/v1/ops/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OpsAuditResource {
  private final OpsAccounts accounts;

  @Inject
  public OpsAuditResource(OpsAccounts accounts) {
    this.accounts = accounts;
  }

  @GET
  public OpsAuditPage list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
    int size = (int) QueryParams.longInRange(limit, "limit", 50, 1, 500);
    long afterId = QueryParams.longInRange(after, "after", 0, 0, Long.MAX_VALUE);
    return accounts.audit(afterId, size);
  }
}
