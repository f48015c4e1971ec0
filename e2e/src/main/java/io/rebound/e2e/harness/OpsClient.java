package io.rebound.e2e.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rebound.protocols.json.ProtocolJson;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Authenticated GETs and POSTs against central's ops API: logs in once ({@code POST
 * /api/v1/ops/sessions}) with the bootstrap operator central was started with, reuses the bearer
 * token, and logs in again when central answers 401 (e.g. a new database).
 */
public final class OpsClient {
  /** The operator every harness-started central bootstraps ({@code rebound.ops.bootstrap-*}). */
  public static final String USER = "e2e-operator";

  public static final String PASSWORD = "e2e-operator-password";

  private final Supplier<URI> base;
  private final String user;
  private final String password;
  private volatile String token;

  /** {@code base} is asked at every call: a restarted app may listen elsewhere. */
  public OpsClient(Supplier<URI> base, String user, String password) {
    this.base = base;
    this.user = user;
    this.password = password;
  }

  /** The central settings that create {@code user} as the first operator of an empty store. */
  public static Map<String, String> bootstrap(String user, String password) {
    return Map.of("rebound.ops.bootstrap-user", user, "rebound.ops.bootstrap-password", password);
  }

  /** GET {@code path} (relative to central's base) with the operator's bearer token. */
  public HttpJson.Reply get(String path) {
    URI uri = base.get().resolve(path);
    return withLogin(auth -> HttpJson.get(uri, auth));
  }

  /** POST a JSON body to {@code path} (relative to central's base) as the operator. */
  public HttpJson.Reply post(String path, String json) {
    URI uri = base.get().resolve(path);
    return withLogin(auth -> HttpJson.postJson(uri, json, auth));
  }

  /** PUT a JSON body to {@code path} (relative to central's base) as the operator. */
  public HttpJson.Reply put(String path, String json) {
    URI uri = base.get().resolve(path);
    return withLogin(auth -> HttpJson.putJson(uri, json, auth));
  }

  private HttpJson.Reply withLogin(Function<Map<String, String>, HttpJson.Reply> call) {
    HttpJson.Reply reply = call.apply(Map.of("Authorization", "Bearer " + token()));
    if (reply.status() == 401) {
      token = null;
      reply = call.apply(Map.of("Authorization", "Bearer " + token()));
    }
    return reply;
  }

  private String token() {
    String current = token;
    if (current != null) {
      return current;
    }
    String body;
    try {
      body =
          ProtocolJson.mapper().writeValueAsString(Map.of("username", user, "password", password));
    } catch (JsonProcessingException e) {
      throw new HarnessException("cannot encode the login body: " + e.getMessage(), e);
    }
    URI login = base.get().resolve("/api/v1/ops/sessions");
    HttpJson.Reply reply = HttpJson.postJson(login, body);
    if (reply.status() != 201) {
      throw new HarnessException(
          "login of "
              + user
              + " at "
              + login
              + " answered "
              + reply.status()
              + ": "
              + reply.body());
    }
    current = reply.json().path("token").asText();
    token = current;
    return current;
  }
}
