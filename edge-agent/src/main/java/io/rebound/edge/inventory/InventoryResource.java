package io.rebound.edge.inventory;

import io.rebound.protocols.Checks;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/v1/inventory?sku=}: returned units of a sku per inventory state. */
@Path("/api/v1/inventory")
public class InventoryResource {
  private final InventoryQueries queries;

  InventoryResource(InventoryQueries queries) {
    this.queries = queries;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response levels(@QueryParam("sku") String sku) {
    Checks.text(sku, "sku", 64);
    return Response.ok(ProtocolJson.toBytes(queries.levels(sku).toJson()))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }
}
