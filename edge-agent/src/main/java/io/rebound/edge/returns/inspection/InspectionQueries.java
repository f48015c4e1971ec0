package io.rebound.edge.returns.inspection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.ids.ReturnId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads a return's inspection state (per line) and its steps, in one read transaction. */
@ApplicationScoped
public class InspectionQueries {
  private final ReadPool reads;

  InspectionQueries(ReadPool reads) {
    this.reads = reads;
  }

  /**
   * {@code {"state","lines":[…],"steps":[…]}} (see {@link ReturnInspection#toJson} and {@link
   * InspectionStore#steps}); empty if the return does not exist.
   */
  public Optional<ObjectNode> view(ReturnId id) {
    return reads.read(
        c -> {
          Optional<ReturnInspection> inspection = InspectionStore.load(c, id);
          if (inspection.isEmpty()) {
            return Optional.empty();
          }
          ObjectNode view = inspection.get().toJson();
          view.set("steps", InspectionStore.steps(c, id));
          return Optional.of(view);
        });
  }
}
