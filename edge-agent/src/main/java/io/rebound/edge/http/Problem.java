package io.rebound.edge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}) with two extension members: {@code
 * field} (the offending input, e.g. {@code lines[0].unitPrice.amount} or a header or query
 * parameter name) and {@code rule} (the machine-readable rule that was broken).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, String field, String rule) {
  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_PREFIX = "https://rebound.io/problems/";

  public static Problem of(int status, String title, String rule, String field, String detail) {
    return new Problem(TYPE_PREFIX + rule, title, status, detail, field, rule);
  }

  public byte[] toBytes() {
    return ProtocolJson.toBytes(this);
  }

  /** The response carrying this problem. */
  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toBytes()).build();
  }
}
