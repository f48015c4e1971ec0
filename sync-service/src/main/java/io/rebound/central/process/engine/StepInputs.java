package io.rebound.central.process.engine;

import io.rebound.central.approvals.ApprovalReader;
import io.rebound.central.db.Database;
import io.rebound.central.erp.DispositionLine;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.PostingLine;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.erp.SupplierClaim;
import io.rebound.central.inspections.InspectionReader;
import io.rebound.central.payment.RefundCommand;
import io.rebound.central.process.store.ClaimedStep;
import io.rebound.central.process.store.ProcessPlanner;
import io.rebound.protocols.approval.ApprovalDecided;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.ReturnInspected;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.ReturnAccepted;
import io.rebound.protocols.returns.ReturnRequest;
import io.rebound.protocols.returns.Tender;
import io.rebound.protocols.returns.TenderType;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds what a step sends from what central stored (the return, its latest manager decision, its
 * inspections), at attempt time. A step that cannot be built is a {@link StepInputException}:
 * retrying cannot help.
 */
@Singleton
public class StepInputs {
  private final Database database;

  @Inject
  public StepInputs(Database database) {
    this.database = database;
  }

  /** What the step's return looks like to central now. */
  record Facts(
      ReturnAccepted accepted,
      Optional<ApprovalDecided> decision,
      List<ReturnInspected> inspections) {
    Refund refund() {
      return decision.map(ApprovalDecided::refund).orElse(accepted.refund());
    }

    Instant lastInspectedAt() {
      return inspections.get(inspections.size() - 1).inspectedAt();
    }
  }

  Facts facts(ClaimedStep step) {
    return database.read(
        c -> {
          ReturnAccepted accepted;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT payload::text FROM returns WHERE return_id = ?")) {
            ps.setObject(1, step.returnId().value());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new StepInputException(
                    "returnId",
                    "return-stored",
                    "return " + step.returnId() + " is not stored at central");
              }
              accepted = ProtocolJson.decode(rs.getString(1), ReturnAccepted.class);
            }
          }
          List<ApprovalDecided> decisions = ApprovalReader.forReturn(c, step.returnId());
          return new Facts(
              accepted,
              decisions.isEmpty()
                  ? Optional.empty()
                  : Optional.of(decisions.get(decisions.size() - 1)),
              InspectionReader.forReturn(c, step.returnId()));
        });
  }

  RefundCommand refund(Facts facts) {
    ReturnRequest request = facts.accepted().request();
    String reference =
        request.originalSale() == null
            ? null
            : request.originalSale().tenders().stream()
                .filter(t -> t.type() == TenderType.CARD)
                .map(Tender::paymentReference)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    if (reference == null) {
      throw new StepInputException(
          "originalSale.tenders",
          "card-refund-needs-reference",
          "no CARD tender with a paymentReference to refund to");
    }
    return new RefundCommand(
        facts.accepted().returnId(),
        facts.accepted().storeId(),
        reference,
        facts.refund().amount());
  }

  ReturnPosting posting(Facts facts) {
    ReturnAccepted a = facts.accepted();
    ReturnRequest r = a.request();
    return new ReturnPosting(
        a.returnId(),
        a.storeId(),
        a.acceptedAt(),
        r.customer() == null ? null : r.customer().customerId(),
        r.originalSale() == null ? null : r.originalSale().saleId(),
        facts.refund().amount(),
        r.lines().stream()
            .map(l -> new PostingLine(l.sku(), l.quantity(), l.unitPrice()))
            .toList());
  }

  DispositionPosting disposition(Facts facts) {
    List<DispositionLine> lines =
        lines(
            facts,
            l ->
                l.disposition() == Disposition.DAMAGED
                    || l.disposition() == Disposition.TO_WAREHOUSE);
    return new DispositionPosting(
        facts.accepted().returnId(), facts.accepted().storeId(), facts.lastInspectedAt(), lines);
  }

  SupplierClaim claim(Facts facts, ClaimedStep step) {
    List<DispositionLine> lines =
        lines(
            facts,
            l ->
                l.disposition() == Disposition.DEFECTIVE
                    && ProcessPlanner.vendorKey(l.vendorId()).equals(step.vendorKey()));
    return new SupplierClaim(
        facts.accepted().returnId(),
        facts.accepted().storeId(),
        facts.lastInspectedAt(),
        step.vendorId(),
        lines);
  }

  private static List<DispositionLine> lines(
      Facts facts, java.util.function.Predicate<InspectedLine> wanted) {
    List<DispositionLine> out = new ArrayList<>();
    for (ReturnInspected step : facts.inspections()) {
      for (InspectedLine l : step.lines()) {
        if (wanted.test(l)) {
          out.add(new DispositionLine(l.sku(), l.quantity(), l.disposition(), l.vendorId()));
        }
      }
    }
    if (out.isEmpty()) {
      throw new StepInputException(
          "inspections", "inspected-lines", "no inspected line of this return needs this posting");
    }
    return out;
  }
}
