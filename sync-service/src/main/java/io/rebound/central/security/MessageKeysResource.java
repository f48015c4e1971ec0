package io.rebound.central.security;

import io.rebound.protocols.ids.StoreId;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/stores/{storeId}/message-key}: issues the store's message-signing key and
 * returns it once (201, {@code Cache-Control: no-store}); the store's previous key is revoked.
 * Until enrollment exists this is how an operator provisions a store.
 */
@Path("/api/v1/stores/{storeId}/message-key")
public class MessageKeysResource {
  private final MessageKeys keys;

  MessageKeysResource(MessageKeys keys) {
    this.keys = keys;
  }

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response issue(@PathParam("storeId") String storeId) {
    IssuedKey issued = keys.issue(StoreId.of(storeId));
    return Response.status(201).header("Cache-Control", "no-store").entity(issued).build();
  }
}
