package io.rebound.central.receipts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.receipts.ReceiptClaims;
import io.rebound.protocols.receipts.ReceiptTokens;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /api/v1/receipt-tokens}: signs a sale (the {@code receipt-claims} document; {@code
 * issuedAt} may be left out, central then sets it to now) with the active key. What a sales channel
 * calls to print the receipt's QR code. A bad body is a 400 naming field and rule.
 */
@Path("/api/v1/receipt-tokens")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptTokensResource {
  private final ReceiptKeyRotation keys;
  private final Clock clock = Clock.systemUTC();

  @Inject
  public ReceiptTokensResource(ReceiptKeyRotation keys) {
    this.keys = keys;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public SignedReceipt sign(byte[] body) {
    JsonNode tree = ProtocolJson.parseTree(body);
    if (tree instanceof ObjectNode object && !object.has("issuedAt")) {
      object.put("issuedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    }
    MessageSchemas.instance().validate(MessageKind.RECEIPT_CLAIMS, tree);
    ReceiptClaims claims = ProtocolJson.decode(tree, ReceiptClaims.class);
    SigningKey key = keys.signingKey();
    return new SignedReceipt(
        ReceiptTokens.sign(claims, key.kid(), key.privateKey()), key.kid(), claims);
  }
}
