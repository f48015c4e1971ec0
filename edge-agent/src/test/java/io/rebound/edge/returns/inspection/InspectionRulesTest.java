package io.rebound.edge.returns.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.inspection.Disposition;
import io.rebound.protocols.inspection.InspectedLine;
import io.rebound.protocols.inspection.InspectionRequest;
import io.rebound.protocols.inspection.InspectionRequestLine;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.ItemCondition;
import io.rebound.protocols.returns.ReasonCode;
import io.rebound.protocols.returns.ReturnLine;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionRulesTest {
  private static final ReturnId ID = ReturnId.mint(Clock.systemUTC());
  private static final ReturnInspection FRESH =
      ReturnInspection.uninspected(
          ID, ReturnStatus.ACCEPTED, List.of(line("SKU-1", 3), line("SKU-2", 1)));

  @Test
  void a_partial_step_fills_in_skus_and_leaves_the_rest_pending() {
    InspectionRules.Result result =
        InspectionRules.check(
            FRESH, request(InspectionRequestLine.of(0, 2, Disposition.RESELLABLE)));

    assertThat(result.refusal()).isEmpty();
    List<InspectedLine> lines = result.lines().orElseThrow();
    assertThat(lines).extracting(InspectedLine::sku).containsExactly("SKU-1");
    ReturnInspection after = FRESH.with(lines);
    assertThat(after.remaining(0)).isEqualTo(1);
    assertThat(after.remaining(1)).isEqualTo(1);
    assertThat(after.state()).isEqualTo(InspectionState.PARTIALLY_INSPECTED);
  }

  @Test
  void steps_that_disposition_every_unit_complete_the_inspection() {
    ReturnInspection first =
        FRESH.with(
            InspectionRules.check(
                    FRESH,
                    request(
                        InspectionRequestLine.of(0, 1, Disposition.RESELLABLE),
                        InspectionRequestLine.of(0, 1, Disposition.DAMAGED)))
                .lines()
                .orElseThrow());
    ReturnInspection done =
        first.with(
            InspectionRules.check(
                    first,
                    request(
                        InspectionRequestLine.of(0, 1, Disposition.TO_WAREHOUSE),
                        new InspectionRequestLine(
                            1, "SKU-2", 1, Disposition.DEFECTIVE, "VENDOR-ACME", null)))
                .lines()
                .orElseThrow());

    assertThat(FRESH.state()).isEqualTo(InspectionState.NOT_INSPECTED);
    assertThat(done.state()).isEqualTo(InspectionState.INSPECTED);
    assertThat(done.toJson().toString())
        .contains("\"dispositions\":{\"RESELLABLE\":1,\"DAMAGED\":1,\"TO_WAREHOUSE\":1}");
  }

  @Test
  void quantity_beyond_the_units_not_yet_inspected_is_refused_naming_the_line() {
    ReturnInspection partly =
        FRESH.with(List.of(InspectedLine.of(0, "SKU-1", 2, Disposition.RESELLABLE, null, null)));

    InspectionRefusal refusal =
        InspectionRules.check(
                partly,
                request(
                    InspectionRequestLine.of(1, 1, Disposition.DAMAGED),
                    InspectionRequestLine.of(0, 2, Disposition.DAMAGED)))
            .refusal()
            .orElseThrow();

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.field()).isEqualTo("lines[1].quantity");
    assertThat(refusal.rule()).isEqualTo("inspection.quantity-exceeds-returned");
    assertThat(refusal.detail()).contains("only 1 of its 3");
  }

  @Test
  void the_same_return_line_twice_in_one_step_counts_both_quantities() {
    InspectionRefusal refusal =
        InspectionRules.check(
                FRESH,
                request(
                    InspectionRequestLine.of(0, 2, Disposition.RESELLABLE),
                    InspectionRequestLine.of(0, 2, Disposition.DAMAGED)))
            .refusal()
            .orElseThrow();

    assertThat(refusal.field()).isEqualTo("lines[1].quantity");
  }

  @Test
  void a_line_index_the_return_does_not_have_is_refused() {
    InspectionRefusal refusal =
        InspectionRules.check(FRESH, request(InspectionRequestLine.of(2, 1, Disposition.DAMAGED)))
            .refusal()
            .orElseThrow();

    assertThat(refusal.field()).isEqualTo("lines[0].lineIndex");
    assertThat(refusal.rule()).isEqualTo("inspection.line-exists");
  }

  @Test
  void a_sku_that_is_not_the_lines_sku_is_refused() {
    InspectionRefusal refusal =
        InspectionRules.check(
                FRESH,
                request(new InspectionRequestLine(0, "SKU-2", 1, Disposition.DAMAGED, null, null)))
            .refusal()
            .orElseThrow();

    assertThat(refusal.field()).isEqualTo("lines[0].sku");
    assertThat(refusal.rule()).isEqualTo("inspection.sku-matches-line");
  }

  @Test
  void a_return_awaiting_approval_cannot_be_inspected() {
    ReturnInspection pending =
        ReturnInspection.uninspected(ID, ReturnStatus.PENDING_APPROVAL, List.of(line("SKU-1", 1)));

    InspectionRefusal refusal =
        InspectionRules.check(
                pending, request(InspectionRequestLine.of(0, 1, Disposition.RESELLABLE)))
            .refusal()
            .orElseThrow();

    assertThat(refusal.status()).isEqualTo(409);
    assertThat(refusal.rule()).isEqualTo("inspection.return-not-accepted");
  }

  private static InspectionRequest request(InspectionRequestLine... lines) {
    return InspectionRequest.of("manager Ana", List.of(lines));
  }

  private static ReturnLine line(String sku, int quantity) {
    return ReturnLine.of(
        sku, quantity, Money.of("10.00", "USD"), ReasonCode.WRONG_SIZE, ItemCondition.UNOPENED);
  }
}
