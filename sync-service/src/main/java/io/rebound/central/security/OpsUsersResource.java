package io.rebound.central.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.rebound.central.http.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Users of the built-in store. Changing them needs {@code operator} (as every write does). */
@Path("/api/v1/ops/users")
@Produces(MediaType.APPLICATION_JSON)
public class OpsUsersResource {
  private static final String PATH = "/api/v1/ops/users";

  private final OpsAccounts accounts;
  private final SecurityIdentity identity;

  @Inject
  public OpsUsersResource(OpsAccounts accounts, SecurityIdentity identity) {
    this.accounts = accounts;
    this.identity = identity;
  }

  @GET
  public List<OpsUserView> list() {
    return accounts.list();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUser request) {
    return accounts
        .create(request, identity.getPrincipal().getName())
        .map(user -> Response.status(201).entity(user).build())
        .orElseGet(
            () ->
                Problems.status(
                    409,
                    "Conflict",
                    "user '" + request.username() + "' already exists",
                    PATH + "/" + request.username()));
  }

  @PATCH
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@PathParam("username") String username, UserChange change) {
    return accounts
        .update(username, change, identity.getPrincipal().getName())
        .map(user -> Response.ok(user).build())
        .orElseGet(() -> Problems.notFound("user", username, PATH + "/" + username));
  }
}
