package io.rebound.edge.http;

import io.rebound.protocols.security.CardNumbers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses any POS request whose headers (e.g. {@code Idempotency-Key}), path ids or query
 * parameters contain something that looks like a card number: 400 problem+json naming the header or
 * parameter and rule {@value CardNumbers#RULE}, never echoing the value, before any resource code
 * (or log statement) sees it. JSON bodies are checked by the resources' body reader.
 */
@Provider
public class CardDataFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    first(request.getHeaders())
        .or(() -> first(request.getUriInfo().getPathParameters()))
        .or(() -> first(request.getUriInfo().getQueryParameters()))
        .ifPresent(
            field ->
                request.abortWith(
                    Problem.of(
                            400,
                            "Invalid request",
                            CardNumbers.RULE,
                            field,
                            field + " " + CardNumbers.DETAIL)
                        .toResponse()));
  }

  private static Optional<String> first(MultivaluedMap<String, String> values) {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (CardNumbers.looksLikePan(e.getKey())) {
        return Optional.of("(parameter name)");
      }
      for (String v : e.getValue()) {
        if (CardNumbers.looksLikePan(v)) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }
}
