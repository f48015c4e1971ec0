package io.rebound.edge.credit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.ids.ReturnId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads the late issue of a return's store credit for {@code GET /api/v1/returns/{id}}. */
@ApplicationScoped
public class IssuedCreditQueries {
  private final ReadPool reads;

  IssuedCreditQueries(ReadPool reads) {
    this.reads = reads;
  }

  /** See {@link DeferredCredits#view}; empty unless issued after acceptance. */
  public Optional<ObjectNode> view(ReturnId id) {
    return reads.read(c -> DeferredCredits.view(c, id));
  }
}
