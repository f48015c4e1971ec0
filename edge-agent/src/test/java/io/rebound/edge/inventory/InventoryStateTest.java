package io.rebound.edge.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.inspection.Disposition;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InventoryStateTest {

  @ParameterizedTest
  @CsvSource({
    "RESELLABLE, SELLABLE",
    "DAMAGED, LIQUIDATION",
    "DEFECTIVE, SUPPLIER_CLAIM",
    "TO_WAREHOUSE, IN_TRANSIT_TO_WAREHOUSE"
  })
  void each_disposition_moves_pending_units_to_its_state(
      Disposition disposition, InventoryState expected) {
    InventoryState target = InventoryState.of(disposition);

    assertThat(target).isEqualTo(expected);
    assertThat(InventoryState.PENDING_INSPECTION.moveTo(target)).isEqualTo(expected);
  }

  @Test
  void pending_inspection_may_move_to_every_disposition_state_but_not_to_itself() {
    assertThat(InventoryState.PENDING_INSPECTION.allowedNext())
        .containsExactlyInAnyOrder(
            InventoryState.SELLABLE,
            InventoryState.LIQUIDATION,
            InventoryState.SUPPLIER_CLAIM,
            InventoryState.IN_TRANSIT_TO_WAREHOUSE);
    assertThat(InventoryState.PENDING_INSPECTION.canMoveTo(InventoryState.PENDING_INSPECTION))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = InventoryState.class,
      names = "PENDING_INSPECTION",
      mode = EnumSource.Mode.EXCLUDE)
  void dispositioned_units_are_final_at_the_store(InventoryState state) {
    assertThat(state.allowedNext()).isEmpty();
    for (InventoryState next : InventoryState.values()) {
      assertThatThrownBy(() -> state.moveTo(next))
          .isInstanceOf(IllegalInventoryMoveException.class)
          .hasMessageContaining(state.name())
          .hasMessageContaining(next.name());
    }
  }

  @Test
  void a_move_can_only_be_built_along_an_allowed_transition() {
    assertThat(
            new InventoryMove(
                    "SKU-1",
                    2,
                    InventoryState.PENDING_INSPECTION,
                    InventoryState.SUPPLIER_CLAIM,
                    Optional.of("VENDOR-ACME"))
                .quantity())
        .isEqualTo(2);
    assertThatThrownBy(
            () ->
                new InventoryMove(
                    "SKU-1",
                    1,
                    InventoryState.SELLABLE,
                    InventoryState.LIQUIDATION,
                    Optional.empty()))
        .isInstanceOf(IllegalInventoryMoveException.class);
    assertThatThrownBy(
            () ->
                new InventoryMove(
                    "SKU-1",
                    0,
                    InventoryState.PENDING_INSPECTION,
                    InventoryState.SELLABLE,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
