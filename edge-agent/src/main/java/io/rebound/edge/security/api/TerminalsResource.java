package io.rebound.edge.security.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.edge.http.Problem;
import io.rebound.edge.security.auth.BackOffice;
import io.rebound.edge.security.auth.Caller;
import io.rebound.edge.security.store.TerminalDirectory;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.StaffRole;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Terminal tokens (manager only): {@code POST /api/v1/terminals} {@code {"terminalId"}} → 201
 * {@code {"terminalId","token"}} (the token is shown this once; any earlier token of the terminal
 * stops working); {@code DELETE /api/v1/terminals/{terminalId}} revokes → 204, 404 if none.
 */
@Path("/api/v1/terminals")
public class TerminalsResource {
  private final TerminalDirectory terminals;
  private final CurrentCaller callers;

  TerminalsResource(TerminalDirectory terminals, CurrentCaller callers) {
    this.terminals = terminals;
    this.callers = callers;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response issue(byte[] body) {
    JsonNode json = Bodies.object(body);
    TerminalId terminal = TerminalId.of(Bodies.text(json, "terminalId", 64));
    if (BackOffice.is(terminal)) {
      return Problem.of(
              422,
              "Reserved terminal id",
              "terminal.reserved",
              "terminalId",
              "'"
                  + terminal.value()
                  + "' is the back-office pseudo-terminal of the manager's screen; no POS token"
                  + " can be issued for it.")
          .toResponse();
    }
    Caller manager =
        callers.require(StaffRole.MANAGER, AuditAction.TERMINAL_ISSUED, terminal.value());
    String token = terminals.issue(terminal, manager);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("terminalId", terminal.value());
    view.put("token", token);
    return Response.status(201)
        .type(MediaType.APPLICATION_JSON)
        .entity(ProtocolJson.toBytes(view))
        .header("Cache-Control", "no-store")
        .build();
  }

  @DELETE
  @Path("/{terminalId}")
  public Response revoke(@PathParam("terminalId") String terminalId) {
    TerminalId terminal;
    try {
      terminal = TerminalId.of(terminalId);
    } catch (InvalidMessageException e) {
      return notFound(terminalId);
    }
    Caller manager =
        callers.require(StaffRole.MANAGER, AuditAction.TERMINAL_REVOKED, terminal.value());
    return terminals.revoke(terminal, manager)
        ? Response.noContent().build()
        : notFound(terminalId);
  }

  private static Response notFound(String terminalId) {
    return Problem.of(
            404,
            "Terminal not found",
            "not-found",
            "terminalId",
            "No active token for terminal '" + terminalId + "'.")
        .toResponse();
  }
}
