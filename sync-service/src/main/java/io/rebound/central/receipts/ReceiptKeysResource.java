package io.rebound.central.receipts;

import io.rebound.protocols.receipts.ReceiptKeySet;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Receipt-token keys: {@code GET} lists the public keys (never a private key), {@code POST
 * …/rotate} makes a new active signing key; the old keys stay in the set so tokens already printed
 * still verify. Every rotation is pushed to the stores as a {@code RECEIPT_KEYS} command.
 */
@Path("/api/v1/receipt-keys")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptKeysResource {
  private final ReceiptKeyRepository keys;
  private final ReceiptKeyRotation rotation;

  @Inject
  public ReceiptKeysResource(ReceiptKeyRepository keys, ReceiptKeyRotation rotation) {
    this.keys = keys;
    this.rotation = rotation;
  }

  @GET
  public ReceiptKeySet list() {
    return keys.publicKeys();
  }

  @POST
  @Path("/rotate")
  public ReceiptKeySet rotate() {
    return rotation.rotate();
  }
}
