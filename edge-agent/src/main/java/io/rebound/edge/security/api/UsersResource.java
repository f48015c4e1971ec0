package io.rebound.edge.security.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.edge.http.Problem;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.auth.Username;
import io.rebound.edge.security.store.UserDirectory;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Personal accounts (manager only): {@code POST /api/v1/users} {@code
 * {"username","role":"ASSOCIATE|MANAGER","password"}} → 201 {@code {"username","role"}}; 409 if the
 * username is taken. Passwords: 12–256 characters.
 */
@Path("/api/v1/users")
public class UsersResource {
  /** Shortest password accepted. */
  public static final int MIN_PASSWORD = 12;

  private final UserDirectory users;
  private final CurrentCaller callers;

  UsersResource(UserDirectory users, CurrentCaller callers) {
    this.users = users;
    this.callers = callers;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(byte[] body) {
    JsonNode json = Bodies.object(body);
    Username username = new Username(Bodies.text(json, "username", 64));
    StaffRole role = role(Bodies.text(json, "role", 16));
    String password = Bodies.text(json, "password", 256);
    if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw new InvalidMessageException(
          "password", "min-length", "must be at least " + MIN_PASSWORD + " characters");
    }
    Caller manager = callers.require(StaffRole.MANAGER, AuditAction.USER_CREATED, username.value());
    if (!users.create(username, role, password, manager)) {
      return Problem.of(
              409,
              "Username taken",
              "user.exists",
              "username",
              "An account named '" + username + "' exists already.")
          .toResponse();
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("username", username.value());
    view.put("role", role.name());
    return Response.status(201)
        .type(MediaType.APPLICATION_JSON)
        .entity(ProtocolJson.toBytes(view))
        .build();
  }

  private static StaffRole role(String text) {
    for (StaffRole r : StaffRole.values()) {
      if (r.name().equals(text)) {
        return r;
      }
    }
    throw new InvalidMessageException("role", "enum", "must be ASSOCIATE or MANAGER");
  }
}
