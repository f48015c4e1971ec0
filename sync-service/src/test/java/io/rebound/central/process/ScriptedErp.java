package io.rebound.central.process;

import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ErpRejectedException;
import io.rebound.central.erp.ErpUnavailableException;
import io.rebound.central.erp.PostedCreditNote;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.erp.SupplierClaim;
import io.rebound.protocols.ids.ReturnId;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ERP a test scripts ({@code rebound.erp.kind=scripted} in the test profile). Documents are kept
 * by their {@link ErpReference}: posting the same reference again returns the existing document
 * with {@code alreadyPosted}. A test can take the ERP down or make it reject one reference.
 */
@Singleton
@Identifier("scripted")
public class ScriptedErp implements ErpAdapter {

  /** One posting as the ERP saw it ({@code created} = a new document). */
  public record Posting(String reference, ReturnId returnId, boolean created, Object document) {}

  private final Map<String, ErpDocument> documents = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> creations = new ConcurrentHashMap<>();
  private final List<Posting> postings = new CopyOnWriteArrayList<>();
  private final Set<String> rejected = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger ids = new AtomicInteger();

  @Override
  public String kind() {
    return "scripted";
  }

  public void down(boolean isDown) {
    down.set(isDown);
  }

  /** Postings with this reference are refused (ErpRejectedException). */
  public void reject(String reference) {
    rejected.add(reference);
  }

  public List<Posting> postings() {
    return List.copyOf(postings);
  }

  /** The references created for {@code returnId}, in creation order. */
  public List<String> createdFor(ReturnId returnId) {
    return postings.stream()
        .filter(p -> p.returnId().equals(returnId) && p.created())
        .map(Posting::reference)
        .toList();
  }

  /** How many documents were created with {@code reference} (must never exceed 1). */
  public int creations(String reference) {
    AtomicInteger n = creations.get(reference);
    return n == null ? 0 : n.get();
  }

  @Override
  public ErpDocument postCreditNote(ReturnPosting posting) {
    return post(ErpReference.creditNote(posting.returnId()), posting.returnId(), posting);
  }

  @Override
  public ErpDocument postStockReturn(ReturnPosting posting) {
    return post(ErpReference.stockReturn(posting.returnId()), posting.returnId(), posting);
  }

  @Override
  public ErpDocument postDisposition(DispositionPosting posting) {
    return post(ErpReference.disposition(posting.returnId()), posting.returnId(), posting);
  }

  @Override
  public ErpDocument raiseSupplierClaim(SupplierClaim claim) {
    return post(
        ErpReference.supplierClaim(claim.returnId(), claim.vendorId()), claim.returnId(), claim);
  }

  @Override
  public synchronized Optional<PostedCreditNote> findCreditNote(ReturnId returnId) {
    if (down.get()) {
      throw new ErpUnavailableException("scripted: ERP down", null);
    }
    String reference = ErpReference.creditNote(returnId);
    ErpDocument document = documents.get(reference);
    if (document == null) {
      return Optional.empty();
    }
    return postings.stream()
        .filter(p -> p.reference().equals(reference) && p.created())
        .map(p -> ((ReturnPosting) p.document()).refundTotal())
        .findFirst()
        .map(amount -> new PostedCreditNote(document.externalReference(), amount));
  }

  private synchronized ErpDocument post(String reference, ReturnId returnId, Object document) {
    if (down.get()) {
      throw new ErpUnavailableException("scripted: ERP down", null);
    }
    if (rejected.contains(reference)) {
      throw new ErpRejectedException("scripted: the ERP refused " + reference);
    }
    ErpDocument existing = documents.get(reference);
    if (existing != null) {
      postings.add(new Posting(reference, returnId, false, document));
      return new ErpDocument(existing.externalReference(), true);
    }
    ErpDocument created = new ErpDocument("scripted-doc-" + ids.incrementAndGet(), false);
    documents.put(reference, created);
    creations.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
    postings.add(new Posting(reference, returnId, true, document));
    return created;
  }
}
