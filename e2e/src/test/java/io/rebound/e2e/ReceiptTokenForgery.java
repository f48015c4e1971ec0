package io.rebound.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.protocols.json.ProtocolJson;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * What an attacker can do to a receipt token (JWS compact: {@code header.payload.signature}, each
 * base64url): damage its signature, or rewrite its claims and keep the original signature.
 */
final class ReceiptTokenForgery {
  private ReceiptTokenForgery() {}

  /** The token with one bit of its signature's byte {@code index} flipped. */
  static String flipSignatureByte(String token, int index) {
    String[] parts = parts(token);
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[index] ^= 0x01;
    return parts[0] + "." + parts[1] + "." + encode(signature);
  }

  /** The token's claims (its decoded payload). */
  static ObjectNode claims(String token) {
    JsonNode claims = ProtocolJson.parseTree(Base64.getUrlDecoder().decode(parts(token)[1]));
    return (ObjectNode) claims;
  }

  /** The token with its claims edited by {@code edit} and re-encoded; header and signature kept. */
  static String withAlteredClaims(String token, Consumer<ObjectNode> edit) {
    String[] parts = parts(token);
    ObjectNode claims = claims(token);
    edit.accept(claims);
    String payload = encode(ProtocolJson.toBytes(claims));
    return parts[0] + "." + payload + "." + parts[2];
  }

  private static String[] parts(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a JWS compact token: " + token);
    }
    return parts;
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
