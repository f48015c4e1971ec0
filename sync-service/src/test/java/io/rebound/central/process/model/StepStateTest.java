package io.rebound.central.process.model;

import static io.rebound.central.process.model.StepState.AWAITING_REFUND;
import static io.rebound.central.process.model.StepState.DEAD_LETTERED;
import static io.rebound.central.process.model.StepState.DECLINED;
import static io.rebound.central.process.model.StepState.IN_PROGRESS;
import static io.rebound.central.process.model.StepState.PENDING;
import static io.rebound.central.process.model.StepState.RETRY_WAIT;
import static io.rebound.central.process.model.StepState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepStateTest {
  /** The whole transition table: every pair not listed here is forbidden. */
  private static final Map<StepState, Set<StepState>> ALLOWED =
      Map.of(
          AWAITING_REFUND, EnumSet.of(PENDING, DEAD_LETTERED),
          PENDING, EnumSet.of(IN_PROGRESS),
          RETRY_WAIT, EnumSet.of(IN_PROGRESS),
          IN_PROGRESS, EnumSet.of(SUCCEEDED, DECLINED, RETRY_WAIT, DEAD_LETTERED, PENDING),
          DEAD_LETTERED, EnumSet.of(PENDING),
          SUCCEEDED, EnumSet.noneOf(StepState.class),
          DECLINED, EnumSet.noneOf(StepState.class));

  @Test
  void only_the_listed_transitions_are_allowed() {
    for (StepState from : StepState.values()) {
      for (StepState to : StepState.values()) {
        assertThat(from.canMoveTo(to))
            .as("%s -> %s", from, to)
            .isEqualTo(ALLOWED.get(from).contains(to));
      }
    }
  }

  @Test
  void only_a_refund_can_be_declined() {
    for (StepKind kind : StepKind.values()) {
      assertThat(IN_PROGRESS.canMoveTo(DECLINED, kind))
          .as("%s", kind)
          .isEqualTo(kind == StepKind.REFUND);
    }
    assertThat(IN_PROGRESS.canMoveTo(SUCCEEDED, StepKind.CREDIT_NOTE)).isTrue();
  }

  @Test
  void only_a_credit_note_waits_for_the_refund_and_it_is_never_claimed_while_waiting() {
    for (StepKind kind : StepKind.values()) {
      assertThat(AWAITING_REFUND.canMoveTo(PENDING, kind))
          .as("%s", kind)
          .isEqualTo(kind == StepKind.CREDIT_NOTE);
      assertThat(AWAITING_REFUND.canMoveTo(DEAD_LETTERED, kind))
          .as("%s", kind)
          .isEqualTo(kind == StepKind.CREDIT_NOTE);
    }
    assertThat(AWAITING_REFUND.canMoveTo(IN_PROGRESS, StepKind.CREDIT_NOTE)).isFalse();
    assertThat(AWAITING_REFUND.canMoveTo(SUCCEEDED, StepKind.CREDIT_NOTE)).isFalse();
    assertThat(AWAITING_REFUND.claimable()).isFalse();
    assertThat(AWAITING_REFUND.terminal()).isFalse();
  }

  @Test
  void a_dead_letter_goes_back_to_pending_only_and_final_states_stay_final() {
    assertThat(DEAD_LETTERED.canMoveTo(IN_PROGRESS)).isFalse();
    assertThat(DEAD_LETTERED.canMoveTo(PENDING)).isTrue();
    assertThat(SUCCEEDED.terminal()).isTrue();
    assertThat(DECLINED.terminal()).isTrue();
    assertThat(EnumSet.allOf(StepState.class).stream().filter(StepState::claimable))
        .containsExactlyInAnyOrder(PENDING, RETRY_WAIT);
  }

  @Test
  void erp_postings_are_ordered_credit_note_stock_return_then_inspection_postings() {
    assertThat(StepKind.CREDIT_NOTE.erpOrder()).isLessThan(StepKind.STOCK_RETURN.erpOrder());
    assertThat(StepKind.STOCK_RETURN.erpOrder()).isLessThan(StepKind.DISPOSITION.erpOrder());
    assertThat(StepKind.SUPPLIER_CLAIM.erpOrder()).isEqualTo(StepKind.DISPOSITION.erpOrder());
    assertThat(StepKind.REFUND.system()).isEqualTo(StepKind.ExternalSystem.PAYMENT);
  }
}
