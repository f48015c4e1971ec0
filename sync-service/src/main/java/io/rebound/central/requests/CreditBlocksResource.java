package io.rebound.central.requests;

import io.rebound.protocols.ids.StoreId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Ops view of the store-credit number blocks granted to a store (empty list if none). */
@Path("/api/v1/stores/{storeId}/credit-blocks")
@Produces(MediaType.APPLICATION_JSON)
public class CreditBlocksResource {
  private final RequestService service;

  @Inject
  public CreditBlocksResource(RequestService service) {
    this.service = service;
  }

  /**
   * {@code {"storeId", "blocks":[{blockId, requestId, firstNumber, lastNumber, size, grantedAt}]}}.
   */
  @GET
  public CreditBlocks list(@PathParam("storeId") String storeId) {
    StoreId store = StoreId.of(storeId);
    return new CreditBlocks(store.value(), service.blocks(store));
  }

  /** The response body. */
  public record CreditBlocks(String storeId, List<CreditBlockView> blocks) {}
}
