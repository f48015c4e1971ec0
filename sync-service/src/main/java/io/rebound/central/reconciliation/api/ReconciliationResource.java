package io.rebound.central.reconciliation.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.rebound.central.http.Problem;
import io.rebound.central.http.Problems;
import io.rebound.central.http.QueryParams;
import io.rebound.central.reconciliation.engine.ReconciliationService;
import io.rebound.central.reconciliation.engine.StartOutcome;
import io.rebound.central.reconciliation.model.RunView;
import io.rebound.central.reconciliation.store.RunRepository;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Reconciliation runs. {@code POST} (role operator, by the HTTP permission policy on every
 * state-changing {@code /api/v1} method) runs one synchronously and answers 201 with the run, its
 * totals and findings; {@code GET} (viewer or operator) reads them.
 */
@Path("/api/v1/reconciliation/runs")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {
  private static final String PATH = "/api/v1/reconciliation/runs";

  private final ReconciliationService service;
  private final RunRepository runs;
  private final ObjectMapper json;
  private final SecurityIdentity identity;

  @Inject
  public ReconciliationResource(
      ReconciliationService service,
      RunRepository runs,
      ObjectMapper json,
      SecurityIdentity identity) {
    this.service = service;
    this.runs = runs;
    this.json = json;
    this.identity = identity;
  }

  /** A page of runs, newest first: {@code {"items":[…],"next":id|null}} (pass next as after). */
  public record RunPage(List<RunView> items, Long next) {}

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response start(String body) {
    String operator = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    StartOutcome outcome = service.run(RunRequest.parse(body, json), operator);
    if (outcome instanceof StartOutcome.Refused refused) {
      return Problems.response(
          new Problem(
              "https://rebound.io/problems/invalid-request",
              "Invalid request",
              400,
              refused.detail(),
              PATH,
              refused.field(),
              refused.rule()));
    }
    RunView run = ((StartOutcome.Ran) outcome).run();
    return Response.created(URI.create(PATH + "/" + run.id())).entity(run).build();
  }

  @GET
  public RunPage list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
    int size = (int) QueryParams.longInRange(limit, "limit", 20, 1, 200);
    long before = QueryParams.longInRange(after, "after", 0, 1, Long.MAX_VALUE);
    List<RunView> items = runs.list(before, size);
    Long next = items.size() < size ? null : items.get(items.size() - 1).id();
    return new RunPage(items, next);
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id) {
    long key = QueryParams.longInRange(id, "id", -1, 1, Long.MAX_VALUE);
    return runs.find(key)
        .map(run -> Response.ok(run).build())
        .orElseGet(() -> Problems.notFound("reconciliation run", id, PATH + "/" + id));
  }
}
