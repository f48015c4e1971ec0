package io.rebound.central.erp.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShipmentFlowTest {
  @Test
  void a_draft_shipment_goes_through_every_transition_in_order() {
    assertThat(ShipmentFlow.ASSIGN.remaining("draft"))
        .containsExactly("wait", "assign_force", "done");
    assertThat(ShipmentFlow.RECEIVE.remaining("draft")).containsExactly("receive", "done");
  }

  @Test
  void a_half_done_shipment_continues_where_it_stopped() {
    assertThat(ShipmentFlow.ASSIGN.remaining("assigned")).containsExactly("done");
    assertThat(ShipmentFlow.RECEIVE.remaining("received")).containsExactly("done");
  }

  @Test
  void a_done_or_cancelled_shipment_needs_nothing() {
    assertThat(ShipmentFlow.ASSIGN.remaining("done")).isEmpty();
    assertThat(ShipmentFlow.RECEIVE.remaining("cancelled")).isEmpty();
  }
}
