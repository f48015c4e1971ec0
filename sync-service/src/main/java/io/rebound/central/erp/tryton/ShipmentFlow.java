package io.rebound.central.erp.tryton;

import java.util.ArrayList;
import java.util.List;

/**
 * The Tryton workflow transitions that take a shipment from one state to {@code done}, in order. A
 * state not on the path ({@code done}, {@code cancelled}) needs nothing.
 */
enum ShipmentFlow {
  /** Customer return shipment: draft → received → done. */
  RECEIVE(new Step("draft", "receive"), new Step("received", "done")),
  /** Supplier return and internal shipment: draft → waiting → assigned → done. */
  ASSIGN(
      new Step("draft", "wait"), new Step("waiting", "assign_force"), new Step("assigned", "done"));

  /** In {@code state}, call {@code transition} (a model method) to reach the next state. */
  record Step(String state, String transition) {}

  private final List<Step> steps;

  ShipmentFlow(Step... steps) {
    this.steps = List.of(steps);
  }

  /** The transitions still to call from {@code state}; empty when there is nothing to do. */
  List<String> remaining(String state) {
    List<String> transitions = new ArrayList<>();
    boolean reached = false;
    for (Step step : steps) {
      reached |= step.state().equals(state);
      if (reached) {
        transitions.add(step.transition());
      }
    }
    return transitions;
  }
}
