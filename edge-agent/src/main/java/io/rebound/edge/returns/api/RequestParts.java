package io.rebound.edge.returns.api;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.json.ProtocolJson;
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

  /** Decodes a required JSON body; empty or invalid bodies are 400s naming field and rule. */
  static <T> T body(byte[] body, Class<T> type) {
    if (body == null || body.length == 0) {
      throw new InvalidMessageException(
          "", "json-syntax", "body is empty; a JSON object is needed");
    }
    return ProtocolJson.decode(body, type);
  }
}
