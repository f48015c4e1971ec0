package io.rebound.edge.updates;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.requests.OutcomeKind;
import io.rebound.protocols.requests.OutcomeState;
import io.rebound.protocols.requests.ReturnUpdate;
import io.rebound.protocols.returns.RefundStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A refund's status at the store only moves forward on central's report. */
class RefundSettlementTest {

  @ParameterizedTest
  @EnumSource(
      value = RefundStatus.class,
      names = {"DEFERRED", "APPROVED"})
  void an_owed_or_approved_refund_is_issued_or_declined_as_central_reports(RefundStatus from) {
    assertThat(RefundSettlement.next(from, update(OutcomeKind.REFUND, OutcomeState.SUCCEEDED)))
        .contains(RefundStatus.ISSUED);
    assertThat(RefundSettlement.next(from, update(OutcomeKind.REFUND, OutcomeState.DECLINED)))
        .contains(RefundStatus.DECLINED);
  }

  @ParameterizedTest
  @EnumSource(
      value = RefundStatus.class,
      names = {"ISSUED", "DECLINED", "PENDING_APPROVAL"})
  void a_settled_or_undecided_refund_is_never_moved(RefundStatus from) {
    for (OutcomeState state : new OutcomeState[] {OutcomeState.SUCCEEDED, OutcomeState.DECLINED}) {
      assertThat(RefundSettlement.next(from, update(OutcomeKind.REFUND, state))).isEmpty();
    }
  }

  @Test
  void a_dead_lettered_refund_stays_owed_and_postings_do_not_touch_the_refund() {
    assertThat(
            RefundSettlement.next(
                RefundStatus.DEFERRED, update(OutcomeKind.REFUND, OutcomeState.DEAD_LETTERED)))
        .isEqualTo(Optional.empty());
    assertThat(
            RefundSettlement.next(
                RefundStatus.DEFERRED, update(OutcomeKind.CREDIT_NOTE, OutcomeState.SUCCEEDED)))
        .isEmpty();
  }

  private static ReturnUpdate update(OutcomeKind kind, OutcomeState state) {
    return ReturnUpdate.of(
        1, ReturnId.mint(Clock.systemUTC()), kind, state, null, null, null, Instant.now());
  }
}
