package io.rebound.central.reconciliation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.payment.RefundOutcome;
import io.rebound.central.process.model.StepState;
import io.rebound.central.reconciliation.model.Finding;
import io.rebound.central.reconciliation.model.FindingKind;
import io.rebound.central.reconciliation.model.ReturnFacts;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.money.Money;
import io.rebound.protocols.returns.Refund;
import io.rebound.protocols.returns.RefundMethod;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final Money AMOUNT = Money.of("49.00", "USD");
  private static final Rules RULES = new Rules(Duration.ofHours(1));

  @Test
  void a_settled_card_return_agreeing_everywhere_has_no_finding() {
    ReturnFacts f = card(StepState.SUCCEEDED, StepState.SUCCEEDED, NOW.minusSeconds(60));

    assertThat(kinds(f, refunded(AMOUNT), note(AMOUNT))).isEmpty();
  }

  @Test
  void amounts_equal_in_value_but_not_in_scale_agree() {
    assertThat(Rules.same(Money.of("49", "JPY"), Money.of("49", "JPY"))).isTrue();
    assertThat(Rules.same(Money.of("49.00", "USD"), Money.of("49.00", "EUR"))).isFalse();
  }

  @Test
  void a_refund_step_still_working_is_in_progress_not_a_mismatch() {
    ReturnFacts f = card(StepState.RETRY_WAIT, StepState.PENDING, NOW.minusSeconds(60));

    assertThat(kinds(f, new Lookup.Absent<>(), new Lookup.Absent<>()))
        .containsExactly(FindingKind.STILL_IN_PROGRESS);
  }

  @Test
  void a_missing_credit_note_is_in_progress_within_the_grace_and_missing_after_it() {
    ReturnFacts recent = card(StepState.SUCCEEDED, StepState.RETRY_WAIT, NOW.minusSeconds(60));
    ReturnFacts old =
        card(StepState.SUCCEEDED, StepState.RETRY_WAIT, NOW.minus(Duration.ofHours(2)));

    assertThat(kinds(recent, refunded(AMOUNT), new Lookup.Absent<>()))
        .containsExactly(FindingKind.STILL_IN_PROGRESS);
    assertThat(kinds(old, refunded(AMOUNT), new Lookup.Absent<>()))
        .containsExactly(FindingKind.CREDIT_NOTE_MISSING);
  }

  @Test
  void a_credit_note_for_another_amount_is_a_mismatch() {
    ReturnFacts f = card(StepState.SUCCEEDED, StepState.SUCCEEDED, NOW.minusSeconds(60));

    List<Finding> found = RULES.check(f, refunded(AMOUNT), note(Money.of("40.00", "USD")), NOW);

    assertThat(found)
        .extracting(Finding::kind)
        .containsExactly(FindingKind.CREDIT_NOTE_AMOUNT_MISMATCH);
    assertThat(found.get(0).ledger()).isEqualTo(Money.of("40.00", "USD"));
    assertThat(found.get(0).expected()).isEqualTo(AMOUNT);
    assertThat(found.get(0).message()).endsWith("(rule: CREDIT_NOTE_AMOUNT_MISMATCH)");
  }

  @Test
  void
      a_gateway_that_cannot_be_asked_leaves_the_return_unverified_but_the_ledger_is_still_checked() {
    ReturnFacts f = card(StepState.SUCCEEDED, StepState.SUCCEEDED, NOW.minusSeconds(60));

    assertThat(kinds(f, new Lookup.Failed<>("stripe: 503"), new Lookup.Absent<>()))
        .containsExactly(FindingKind.LOOKUP_FAILED, FindingKind.CREDIT_NOTE_MISSING);
  }

  @Test
  void a_return_awaiting_approval_is_in_progress_only() {
    ReturnFacts f =
        new ReturnFacts(
            ReturnId.mint(Clock.systemUTC()),
            StoreId.of("store-1"),
            NOW,
            NOW,
            ReturnStatus.PENDING_APPROVAL,
            Refund.of(RefundMethod.CARD, AMOUNT, RefundStatus.PENDING_APPROVAL),
            "ch_1",
            Optional.empty(),
            Optional.empty());

    assertThat(kinds(f, new Lookup.Absent<>(), new Lookup.Absent<>()))
        .containsExactly(FindingKind.STILL_IN_PROGRESS);
  }

  @Test
  void a_gateway_refund_of_a_declined_card_return_is_not_expected_and_so_is_its_credit_note() {
    ReturnFacts f = card(StepState.DECLINED, StepState.SUCCEEDED, NOW.minusSeconds(60));

    assertThat(kinds(f, refunded(AMOUNT), note(AMOUNT)))
        .containsExactly(FindingKind.REFUND_NOT_EXPECTED, FindingKind.CREDIT_NOTE_WITHOUT_MONEY);
  }

  private static List<FindingKind> kinds(
      ReturnFacts f, Lookup<RefundOutcome> gateway, Lookup<PostedCreditNote> ledger) {
    return RULES.check(f, gateway, ledger, NOW).stream().map(Finding::kind).toList();
  }

  private static ReturnFacts card(StepState refund, StepState creditNote, Instant receivedAt) {
    return new ReturnFacts(
        ReturnId.mint(Clock.systemUTC()),
        StoreId.of("store-1"),
        receivedAt,
        receivedAt,
        ReturnStatus.ACCEPTED,
        Refund.of(RefundMethod.CARD, AMOUNT, RefundStatus.DEFERRED),
        "ch_1",
        Optional.of(refund),
        Optional.of(creditNote));
  }

  private static Lookup<RefundOutcome> refunded(Money amount) {
    return new Lookup.Found<>(new RefundOutcome.Succeeded("re_1", amount));
  }

  private static Lookup<PostedCreditNote> note(Money amount) {
    return new Lookup.Found<>(new PostedCreditNote("journal:1", amount));
  }
}
