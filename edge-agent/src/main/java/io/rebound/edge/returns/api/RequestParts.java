package io.rebound.edge.returns.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.security.CardNumbers;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading the parts of a POS request shared by every endpoint: the return id and the JSON body. */
final class RequestParts {
  private RequestParts() {}

  /** The return id of the path, or empty when it is not one (answered as a 404, rule format). */
  static Optional<ReturnId> returnId(String text) {
    try {
      return Optional.of(ReturnId.parse(text));
    } catch (InvalidMessageException e) {
      return Optional.empty();
    }
  }

  /**
   * Decodes a required JSON body; empty or invalid bodies are 400s naming field and rule. Anything
   * that looks like a card number (any key, string or number; or anywhere in a body that is not
   * even JSON) is refused first, with rule {@value CardNumbers#RULE} and without echoing it, so no
   * later error message can quote it.
   */
  static <T> T body(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw new InvalidMessageException(
          "", "json-syntax", "body is empty; a JSON object is needed");
    }
    JsonNode tree;
    try {
      tree = ProtocolJson.parseTree(body);
    } catch (InvalidMessageException e) {
      if (CardNumbers.looksLikePan(new String(body, StandardCharsets.UTF_8))) {
        throw new InvalidMessageException("", CardNumbers.RULE, CardNumbers.DETAIL);
      }
      throw e;
    }
    CardNumbers.requireNoneIn(tree);
    // decoded from the tree already parsed for the scan: the body is tokenized once
    return ProtocolJson.decode(tree, type);
  }
}
