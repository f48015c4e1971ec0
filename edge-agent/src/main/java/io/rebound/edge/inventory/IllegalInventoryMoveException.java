package io.rebound.edge.inventory;

/** A programming error: units were to move between two states that have no transition. */
public final class IllegalInventoryMoveException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  IllegalInventoryMoveException(InventoryState from, InventoryState to) {
    super("inventory units cannot move from " + from + " to " + to);
  }
}
