package io.rebound.central.stores;

import io.rebound.central.http.Problems;
import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Every store's sync state: online, last seen, sequences, backlog. */
@Path("/api/v1/stores")
@Produces(MediaType.APPLICATION_JSON)
public class StoresResource {
  private final StoresRepository stores;

  @Inject
  public StoresResource(StoresRepository stores) {
    this.stores = stores;
  }

  @GET
  public List<StoreView> list() {
    return stores.all();
  }

  @GET
  @Path("/{storeId}")
  public Response get(@PathParam("storeId") String storeId) {
    StoreId id = StoreId.of(storeId);
    return stores
        .find(id)
        .map(s -> Response.ok(s).build())
        .orElseGet(() -> Problems.notFound("store", storeId, "/api/v1/stores/" + storeId));
  }
}
