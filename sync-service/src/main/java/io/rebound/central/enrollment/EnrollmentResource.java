package io.rebound.central.enrollment;

import io.rebound.central.http.Problem;
import io.rebound.central.http.Problems;
import io.rebound.central.policies.StorePolicyRepository;
import io.rebound.central.policies.StoredPolicy;
import io.rebound.central.receipts.ReceiptKeyRepository;
import io.rebound.central.security.IssuedKey;
import io.rebound.central.security.MessageKeys;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Store enrollment ({@link EnrollmentCodesResource} issues the codes). An operator asks for a
 * one-time code ({@code POST /api/v1/stores/{storeId}/enrollment-codes}, role operator); the
 * store's installer presents it once ({@code POST /api/v1/enrollments} {@code {"code":"rbe-…"}}, no
 * other credential) and gets the store's new message key, the receipt keys and the policy. A used
 * code → 409, expired → 410, unknown → 404, all problem+json naming field {@code code}.
 */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {
  private static final String TYPE = "https://rebound.io/problems/enrollment-code";
  private final EnrollmentCodes codes;
  private final MessageKeys messageKeys;
  private final ReceiptKeyRepository receiptKeys;
  private final StorePolicyRepository policies;

  public EnrollmentResource(
      EnrollmentCodes codes,
      MessageKeys messageKeys,
      ReceiptKeyRepository receiptKeys,
      StorePolicyRepository policies) {
    this.codes = codes;
    this.messageKeys = messageKeys;
    this.receiptKeys = receiptKeys;
    this.policies = policies;
  }

  /** Body of {@code POST /api/v1/enrollments}. */
  public record EnrollmentRequest(String code) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enroll(EnrollmentRequest request) {
    String path = "/api/v1/enrollments";
    if (request == null || request.code() == null || request.code().isBlank()) {
      return problem(400, "Invalid request", "code is required", "required", path);
    }
    Redemption outcome = codes.redeem(request.code().trim());
    if (outcome instanceof Redemption.Accepted accepted) {
      IssuedKey key = messageKeys.issue(accepted.store());
      Enrollment enrollment =
          new Enrollment(
              accepted.store().value(),
              key,
              receiptKeys.publicKeys(),
              policies.find(accepted.store()).map(StoredPolicy::policy).orElse(null));
      return Response.status(201).header("Cache-Control", "no-store").entity(enrollment).build();
    }
    if (outcome instanceof Redemption.AlreadyUsed used) {
      return problem(
          409,
          "Conflict",
          "this enrollment code was already used at "
              + used.usedAt()
              + "; ask the operator for a new code",
          "enrollment.code-used",
          path);
    }
    if (outcome instanceof Redemption.Expired expired) {
      return problem(
          410,
          "Gone",
          "this enrollment code expired at "
              + expired.expiredAt()
              + "; ask the operator for a new code",
          "enrollment.code-expired",
          path);
    }
    return problem(
        404,
        "Not Found",
        "this enrollment code is not known to central; check it for typos",
        "enrollment.code-unknown",
        path);
  }

  private static Response problem(
      int status, String title, String detail, String rule, String path) {
    return Problems.response(new Problem(TYPE, title, status, detail, path, "code", rule));
  }
}
