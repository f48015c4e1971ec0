package io.rebound.edge.returns.approval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rebound.edge.store.ReadPool;
import io.rebound.protocols.ids.ReturnId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads a return's manager decision for {@code GET /api/v1/returns/{id}}. */
@ApplicationScoped
public class ApprovalQueries {
  private final ReadPool reads;

  ApprovalQueries(ReadPool reads) {
    this.reads = reads;
  }

  /** See {@link ApprovalStore#view}; empty if the return was not decided. */
  public Optional<ObjectNode> view(ReturnId id) {
    return reads.read(c -> ApprovalStore.view(c, id));
  }
}
