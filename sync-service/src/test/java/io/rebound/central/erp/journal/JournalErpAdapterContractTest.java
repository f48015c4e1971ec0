package io.rebound.central.erp.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rebound.central.erp.DispositionPosting;
import io.rebound.central.erp.ErpAdapter;
import io.rebound.central.erp.ErpAdapterContract;
import io.rebound.central.erp.ErpDocument;
import io.rebound.central.erp.ErpReference;
import io.rebound.central.erp.ReturnPosting;
import io.rebound.central.testing.CentralTestResources;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ERP contract against the embedded journal in central's real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(CentralTestResources.class)
class JournalErpAdapterContractTest extends ErpAdapterContract {
  @Inject
  @Identifier("journal")
  ErpAdapter journal;

  @Inject JournalReader reader;

  @Override
  protected ErpAdapter adapter() {
    return journal;
  }

  @Override
  protected long documentsWithReference(String reference) {
    return reader.entries(null, 0, 500).items().stream()
        .filter(e -> e.reference().equals(reference))
        .count();
  }

  private JournalViews.Entry entry(String reference) {
    List<JournalViews.Entry> all = reader.entries(null, 0, 500).items();
    return all.stream().filter(e -> e.reference().equals(reference)).findFirst().orElseThrow();
  }

  private static void assertBalanced(JournalViews.Entry entry, long amount) {
    assertThat(entry.lines().stream().mapToLong(JournalViews.Line::debitMinor).sum())
        .isEqualTo(entry.lines().stream().mapToLong(JournalViews.Line::creditMinor).sum())
        .isEqualTo(amount);
  }

  @Override
  protected void assertCreditNoteBooked(ReturnPosting posting, ErpDocument document) {
    JournalViews.Entry entry = entry(ErpReference.creditNote(posting.returnId()));
    assertThat(document.externalReference()).isEqualTo("journal:" + entry.id());
    assertThat(entry.kind()).isEqualTo("CREDIT_NOTE");
    assertThat(entry.currency()).isEqualTo("EUR");
    assertBalanced(entry, 5250);
    assertThat(entry.lines())
        .containsExactly(
            new JournalViews.Line(JournalAccount.SALES_RETURNS.label(), 5250, 0),
            new JournalViews.Line(JournalAccount.CUSTOMER_REFUNDS.label(), 0, 5250));
  }

  @Override
  protected void assertStockReturned(ReturnPosting posting, ErpDocument document) {
    JournalViews.Entry entry = entry(ErpReference.stockReturn(posting.returnId()));
    assertBalanced(entry, 5250);
    assertThat(reader.movements(posting.returnId().value(), 0, 50).items())
        .extracting(
            m -> m.sku() + "×" + m.quantity() + ":" + m.fromLocation() + "→" + m.toLocation())
        .containsExactly("SKU-1×2:customer→store:store-1", "SKU-2×1:customer→store:store-1");
  }

  @Override
  protected void assertDisposed(DispositionPosting posting, ErpDocument document) {
    JournalViews.Entry entry = entry(ErpReference.disposition(posting.returnId()));
    // the damaged SKU-1 unit is written off at the cost the stock return booked (20.00)
    assertBalanced(entry, 2000);
    assertThat(entry.lines())
        .contains(new JournalViews.Line(JournalAccount.INVENTORY_WRITE_OFF.label(), 2000, 0));
    assertThat(reader.movements(posting.returnId().value(), 0, 50).items())
        .filteredOn(m -> m.reference().equals(entry.reference()))
        .extracting(m -> m.sku() + "→" + m.toLocation())
        .containsExactly("SKU-1→scrap", "SKU-2→central-warehouse");
  }

  @Test
  void concurrent_posts_of_one_credit_note_create_one_entry() throws Exception {
    ReturnPosting posting = posting(newReturn());
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<ErpDocument>> posts =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            go.await(10, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return journal.postCreditNote(posting);
                        }))
            .toList();

    go.countDown();

    List<ErpDocument> documents = new ArrayList<>();
    for (CompletableFuture<ErpDocument> post : posts) {
      documents.add(post.get(20, TimeUnit.SECONDS));
    }
    assertThat(documents).filteredOn(d -> !d.alreadyPosted()).hasSize(1);
    assertThat(documents)
        .extracting(ErpDocument::externalReference)
        .containsOnly(documents.get(0).externalReference());
    assertThat(documentsWithReference(ErpReference.creditNote(posting.returnId()))).isOne();
  }
}
