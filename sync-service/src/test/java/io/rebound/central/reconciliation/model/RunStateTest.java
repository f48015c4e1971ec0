package io.rebound.central.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunStateTest {

  @Test
  void a_running_run_ends_completed_or_failed_and_an_ended_run_never_changes() {
    assertThat(RunState.RUNNING.canBecome(RunState.COMPLETED)).isTrue();
    assertThat(RunState.RUNNING.canBecome(RunState.FAILED)).isTrue();
    assertThat(RunState.RUNNING.canBecome(RunState.RUNNING)).isFalse();
    for (RunState ended : new RunState[] {RunState.COMPLETED, RunState.FAILED}) {
      for (RunState next : RunState.values()) {
        assertThat(ended.canBecome(next)).as("%s -> %s", ended, next).isFalse();
      }
    }
  }

  @Test
  void every_finding_kind_counts_in_exactly_one_class_and_only_in_progress_is_not_a_mismatch() {
    assertThat(FindingKind.STILL_IN_PROGRESS.findingClass()).isEqualTo(FindingClass.IN_PROGRESS);
    assertThat(FindingKind.LOOKUP_FAILED.findingClass()).isEqualTo(FindingClass.UNVERIFIED);
    assertThat(FindingKind.values())
        .filteredOn(k -> k.findingClass() == FindingClass.MISMATCH)
        .hasSize(6);
  }
}
