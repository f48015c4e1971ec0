package io.rebound.central.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.central.process.model.AttemptOutcome;
import io.rebound.central.process.model.StepKind;
import io.rebound.central.process.model.StepState;
import io.rebound.central.process.store.ClaimedStep;
import io.rebound.central.process.store.StepResult;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepPolicyTest {
  private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  private static final StepPolicy.Context AT =
      new StepPolicy.Context("sandbox", true, T0, T0.plusMillis(40));
  // "random" = the top of the range: the pause is the ceiling itself
  private final StepPolicy policy =
      new StepPolicy(3, new StepBackoff(Duration.ofSeconds(1), Duration.ofSeconds(3), n -> n - 1));

  private static ClaimedStep step(StepKind kind, int attempts) {
    return new ClaimedStep(
        7,
        ReturnId.mint(Clock.systemUTC()),
        StoreId.of("s1"),
        kind,
        "",
        attempts == 0 ? StepState.PENDING : StepState.RETRY_WAIT,
        attempts,
        attempts > 0);
  }

  @Test
  void unavailable_waits_with_growing_backoff_then_dead_letters_at_max_attempts() {
    Attempt down = new Attempt.Failed(AttemptOutcome.UNAVAILABLE, "gateway-unavailable", "503");

    StepResult first = policy.result(step(StepKind.REFUND, 0), down, AT, false);
    StepResult second = policy.result(step(StepKind.REFUND, 1), down, AT, false);
    StepResult third = policy.result(step(StepKind.REFUND, 2), down, AT, false);

    assertThat(first.next()).isEqualTo(StepState.RETRY_WAIT);
    assertThat(Duration.between(AT.finished(), first.nextAttemptAt())).hasSeconds(1);
    assertThat(Duration.between(AT.finished(), second.nextAttemptAt())).hasSeconds(2);
    assertThat(third.next()).isEqualTo(StepState.DEAD_LETTERED);
    assertThat(third.deadLetterRule()).isEqualTo("max-attempts");
    assertThat(third.deadLetterReason()).contains("3 attempt(s)").contains("503");
  }

  @Test
  void a_rejection_dead_letters_at_once_naming_the_rule() {
    StepResult r =
        policy.result(
            step(StepKind.CREDIT_NOTE, 0),
            new Attempt.Failed(AttemptOutcome.REJECTED, "erp-rejected", "closed period"),
            AT,
            false);

    assertThat(r.next()).isEqualTo(StepState.DEAD_LETTERED);
    assertThat(r.deadLetterRule()).isEqualTo("erp-rejected");
    assertThat(r.counted()).isTrue();
  }

  @Test
  void a_failed_probe_is_recorded_but_not_counted() {
    StepResult r =
        policy.result(
            step(StepKind.REFUND, 2),
            new Attempt.Failed(AttemptOutcome.UNAVAILABLE, "gateway-unavailable", "down"),
            AT,
            true);

    assertThat(r.next()).isEqualTo(StepState.RETRY_WAIT);
    assertThat(r.counted()).isFalse();
    assertThat(r.error()).contains("not counted");
  }

  @Test
  void success_decline_and_pending_at_the_gateway() {
    assertThat(policy.result(step(StepKind.REFUND, 0), new Attempt.Done("re_1"), AT, false))
        .extracting(StepResult::next, StepResult::externalReference, StepResult::sandbox)
        .containsExactly(StepState.SUCCEEDED, "re_1", true);
    assertThat(
            policy
                .result(
                    step(StepKind.REFUND, 0),
                    new Attempt.Declined(null, "expired_card", "expired"),
                    AT,
                    false)
                .next())
        .isEqualTo(StepState.DECLINED);
    StepResult pending =
        policy.result(step(StepKind.REFUND, 2), new Attempt.PendingAtGateway("re_2"), AT, false);
    assertThat(pending.next()).isEqualTo(StepState.DEAD_LETTERED);
    assertThat(pending.externalReference()).isEqualTo("re_2");
    assertThat(pending.outcome()).isEqualTo(AttemptOutcome.PENDING_AT_GATEWAY);
  }

  @Test
  void backoff_is_capped_and_jittered_within_half_to_full_ceiling() {
    StepBackoff low = new StepBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), n -> 0);
    StepBackoff high = new StepBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), n -> n - 1);

    assertThat(low.after(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(high.after(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(high.after(4)).isEqualTo(Duration.ofSeconds(8));
    assertThat(high.after(30)).isEqualTo(Duration.ofSeconds(8));
    assertThat(low.after(30)).isEqualTo(Duration.ofSeconds(4));
  }
}
