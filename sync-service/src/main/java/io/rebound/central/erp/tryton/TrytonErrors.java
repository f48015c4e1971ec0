package io.rebound.central.erp.tryton;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.central.erp.ErpException;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.ErpUnavailableException;

/**
 * Maps Tryton's JSON-RPC {@code error} member. Tryton exceptions arrive as {@code [kind, args]}:
 * {@code ["UserError", [message, description, domain]]}, {@code ["UserWarning", [name, message,
 * description]]}, {@code ["ConcurrencyException", message]}; any other server exception as {@code
 * [text, traceback]}.
 */
final class TrytonErrors {
  private TrytonErrors() {}

  static ErpException of(String method, JsonNode error) {
    String kind = error.path(0).asText("");
    JsonNode args = error.path(1);
    return switch (kind) {
      case "UserError" ->
          new ErpRejectedException(
              "tryton refused " + method + ": " + text(args.path(0)) + describe(args.path(1)));
      case "UserWarning" ->
          new ErpRejectedException(
              "tryton warned on "
                  + method
                  + " ("
                  + text(args.path(0))
                  + "): "
                  + text(args.path(1))
                  + describe(args.path(2)));
      case "LoginException", "ConcurrencyException", "RateLimitException" ->
          new ErpUnavailableException(
              "tryton: " + method + " failed with " + kind + ": " + text(args), null);
      default ->
          new ErpUnavailableException(
              "tryton: " + method + " failed on the server: " + TrytonRpc.abbreviate(kind), null);
    };
  }

  private static String text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return "";
    }
    return node.isTextual() ? node.asText() : node.toString();
  }

  private static String describe(JsonNode description) {
    String text = text(description);
    return text.isBlank() ? "" : " (" + text + ")";
  }
}
