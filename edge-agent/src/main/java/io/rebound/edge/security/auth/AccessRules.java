package io.rebound.edge.security.auth;

import io.rebound.protocols.audit.AuditAction;
import io.rebound.protocols.audit.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests are open and which need a signed-in person of some role. Everything else (every
 * present and future {@code /api/v1/**} endpoint, and any unknown path) needs a terminal token:
 * deny by default. The services behind approvals and inspections check the role again.
 */
public final class AccessRules {
  /** A path rule: requests matching it need a person with {@code role}. */
  public record Rule(String method, Pattern path, StaffRole role, AuditAction action) {
    boolean matches(String m, String p) {
      return (method == null || method.equals(m)) && path.matcher(p).matches();
    }
  }

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "POST",
              Pattern.compile("/api/v1/returns/[^/]+/approval/?"),
              StaffRole.MANAGER,
              AuditAction.APPROVAL_DECIDED),
          new Rule(
              "POST",
              Pattern.compile("/api/v1/returns/[^/]+/inspection/?"),
              StaffRole.ASSOCIATE,
              AuditAction.INSPECTION_RECORDED),
          new Rule(
              "POST",
              Pattern.compile("/api/v1/pending/[^/]+/retry/?"),
              StaffRole.MANAGER,
              AuditAction.OUTBOX_RETRY),
          new Rule(
              null,
              Pattern.compile("/api/v1/terminals(/.*)?"),
              StaffRole.MANAGER,
              AuditAction.TERMINAL_ISSUED),
          new Rule(
              null,
              Pattern.compile("/api/v1/users(/.*)?"),
              StaffRole.MANAGER,
              AuditAction.USER_CREATED));

  private AccessRules() {}

  /** Quarkus' own endpoints (health, metrics, OpenAPI) are open; nothing else is. */
  public static boolean isOpen(String path) {
    return path.startsWith("/q/") || path.equals("/q");
  }

  /**
   * The store manager's screen and its bundled assets: static files, open to anonymous {@code
   * GET}/{@code HEAD} (they hold no data; every call they make needs a session). {@code /ops/**} is
   * answered 404 before this gate ({@code ui.UiRoute}).
   */
  public static boolean isStatic(String method, String path) {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return false;
    }
    return path.equals("/ui")
        || path.startsWith("/ui/")
        || path.startsWith("/assets/")
        || path.startsWith("/webjars/");
  }

  /** The one call a browser may make without any credential: a back-office login. */
  public static boolean isBackOfficeLogin(String method, String path) {
    return "POST".equals(method)
        && (path.equals("/api/v1/sessions") || path.equals("/api/v1/sessions/"));
  }

  /** The rule a request falls under, if it needs a person. */
  public static Optional<Rule> personRule(String method, String path) {
    return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
  }
}
