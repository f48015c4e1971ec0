package io.rebound.central.process.api;

import io.rebound.central.http.QueryParams;
import io.rebound.central.process.model.AuditPage;
import io.rebound.central.process.store.AuditLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/audit?limit=&after=}: what operators did, oldest first. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  private final AuditLog audit;

  @Inject
  public AuditResource(AuditLog audit) {
    this.audit = audit;
  }

  @GET
  public AuditPage list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
    int size = (int) QueryParams.longInRange(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    long afterId = QueryParams.longInRange(after, "after", 0, 0, Long.MAX_VALUE);
    return audit.page(afterId, size);
  }
}
