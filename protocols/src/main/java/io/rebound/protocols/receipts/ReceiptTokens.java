package io.rebound.protocols.receipts;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.OriginalSale;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Receipt tokens: JWS compact serialization (RFC 7515) with EdDSA over Ed25519 (RFC 8037). Header
 * {@code {"alg":"EdDSA","kid":"…"}}, payload the {@link ReceiptClaims} JSON (schema {@code
 * receipt-claims}). Only {@code EdDSA} is accepted: {@code none}, HMAC and every other algorithm
 * are refused before any key is looked at. JDK crypto only; thread-safe.
 */
public final class ReceiptTokens {
  /** The only JWS algorithm accepted. */
  public static final String ALG = "EdDSA";

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");

  /** An unsecured JWS ({@code alg: none}) has an empty signature; it is refused by its alg. */
  private static final Pattern SIGNATURE_SEGMENT = Pattern.compile("[A-Za-z0-9_-]*");

  private static final int SIGNATURE_LENGTH = 64;

  private ReceiptTokens() {}

  /** Signs {@code claims} with {@code key} (Ed25519), naming {@code kid} in the header. */
  public static String sign(ReceiptClaims claims, String kid, PrivateKey key) {
    String header = encode(ProtocolJson.toBytes(new JwsHeader(ALG, ReceiptKey.checkKid(kid))));
    String payload = encode(ProtocolJson.toBytes(claims));
    String input = header + "." + payload;
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + encode(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
    }
  }

  /** Parses and verifies {@code token} against {@code keys}; never throws on bad input. */
  public static TokenCheck verify(String token, ReceiptKeySet keys) {
    if (token == null) {
      return malformed("the token is missing");
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return malformed("the token has " + parts.length + " part(s), not 3");
    }
    for (int i = 0; i < 3; i++) {
      if (!(i == 2 ? SIGNATURE_SEGMENT : SEGMENT).matcher(parts[i]).matches()) {
        return malformed("part " + (i + 1) + " of the token is not base64url");
      }
    }
    Optional<JsonNode> header = json(parts[0]);
    if (header.isEmpty() || !header.get().isObject()) {
      return malformed("the token header is not a JSON object");
    }
    JsonNode alg = header.get().get("alg");
    if (alg == null || !alg.isTextual()) {
      return malformed("the token header has no 'alg' string");
    }
    if (!ALG.equals(alg.asText())) {
      return TokenCheck.refused(
          TokenVerdict.ALG_NOT_ALLOWED,
          "the token is signed with '" + alg.asText() + "'; only EdDSA is accepted");
    }
    JsonNode kid = header.get().get("kid");
    if (kid == null || !kid.isTextual()) {
      return malformed("the token header has no 'kid' string");
    }
    Optional<ReceiptKey> key = keys.find(kid.asText());
    if (key.isEmpty()) {
      return TokenCheck.refused(
          TokenVerdict.UNKNOWN_KEY,
          "key '"
              + kid.asText()
              + "' is not among the store's "
              + keys.keys().size()
              + " receipt key(s) (version "
              + keys.version()
              + ")");
    }
    if (!signatureVerifies(parts, key.get().toPublicKey())) {
      return TokenCheck.refused(
          TokenVerdict.FORGED, "the signature does not verify under key '" + kid.asText() + "'");
    }
    try {
      return TokenCheck.valid(kid.asText(), decodeClaims(parts[1]));
    } catch (InvalidMessageException e) {
      return malformed("the receipt claims are invalid: " + e.getMessage());
    }
  }

  /**
   * Verifies {@code token} and matches its claims against the return: {@link TokenVerdict#ALTERED}
   * when the sale, its tenders or a returned line differ from the receipt ({@link ReceiptMatch}).
   */
  public static TokenCheck verifyFor(
      String token, ReceiptKeySet keys, OriginalSale sale, List<ReturnLine> lines) {
    TokenCheck check = verify(token, keys);
    if (!check.isValid()) {
      return check;
    }
    return ReceiptMatch.mismatch(check.claims(), sale, lines)
        .map(reason -> TokenCheck.refused(TokenVerdict.ALTERED, reason))
        .orElse(check);
  }

  private static boolean signatureVerifies(String[] parts, PublicKey key) {
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    if (signature.length != SIGNATURE_LENGTH) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static ReceiptClaims decodeClaims(String part) {
    byte[] bytes = decodeSegment(part);
    JsonNode tree = ProtocolJson.parseTree(bytes);
    MessageSchemas.instance().validate(MessageKind.RECEIPT_CLAIMS, tree);
    return ProtocolJson.decode(tree, ReceiptClaims.class);
  }

  private static Optional<JsonNode> json(String part) {
    try {
      return Optional.of(ProtocolJson.parseTree(decodeSegment(part)));
    } catch (InvalidMessageException e) {
      return Optional.empty();
    }
  }

  private static byte[] decodeSegment(String part) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException("token", "base64url", "is not base64url");
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static TokenCheck malformed(String reason) {
    return TokenCheck.refused(TokenVerdict.MALFORMED, reason);
  }
}
