package io.rebound.central.returns;

import io.rebound.central.process.model.AttemptView;
import io.rebound.central.process.model.AuditEntry;
import io.rebound.central.process.model.StepDeadLetter;
import io.rebound.central.process.model.StepView;
import io.rebound.central.returns.ReturnView.TimelineEntry;
import io.rebound.central.returns.ReturnView.TimelineStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline entries of a return's process: one per step attempt, one per step dead letter (when
 * it was last dead-lettered, with its rule and reason), one per operator replay.
 */
final class ProcessTimeline {
  private ProcessTimeline() {}

  static List<TimelineEntry> entries(List<StepView> steps, List<AuditEntry> audit) {
    List<TimelineEntry> out = new ArrayList<>();
    for (StepView step : steps) {
      for (AttemptView a : step.history()) {
        out.add(new TimelineEntry(a.finishedAt(), TimelineStep.STEP_ATTEMPTED, describe(step, a)));
      }
      StepDeadLetter d = step.deadLetter();
      if (d != null) {
        out.add(
            new TimelineEntry(
                d.at(),
                TimelineStep.STEP_DEAD_LETTERED,
                step.kind()
                    + " dead-lettered (dead letter "
                    + d.id()
                    + ", rule "
                    + d.rule()
                    + "): "
                    + d.reason()));
      }
    }
    for (AuditEntry e : audit) {
      out.add(
          new TimelineEntry(
              e.at(),
              TimelineStep.REPLAYED,
              e.target()
                  + " replayed by "
                  + e.operator()
                  + ": "
                  + e.result()
                  + " — "
                  + e.detail()));
    }
    return out;
  }

  private static String describe(StepView step, AttemptView a) {
    StringBuilder s = new StringBuilder();
    s.append(step.kind());
    if (step.vendorId() != null) {
      s.append(" (vendor ").append(step.vendorId()).append(')');
    }
    s.append(" attempt ").append(a.attempt()).append(" via ").append(a.adapterKind());
    if (a.sandbox()) {
      s.append(" [SANDBOX]");
    }
    s.append(": ").append(a.outcome());
    if (a.externalReference() != null) {
      s.append(' ').append(a.externalReference());
    }
    if (a.error() != null) {
      s.append(" — ").append(a.error());
    }
    return s.toString();
  }
}
