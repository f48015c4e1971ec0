package io.rebound.e2e.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positive controls: the scanner behind the card-data e2e test does find planted card numbers. */
class PanScanTest {
  @Test
  void a_pan_planted_in_a_binary_file_is_found_and_named_without_the_number(@TempDir Path dir)
      throws IOException {
    Path clean = Files.write(dir.resolve("clean.db"), new byte[] {0, 1, 'c', 'h', '_', '4', 2});
    Path planted = dir.resolve("sub").resolve("planted.db-wal");
    Files.createDirectories(planted.getParent());
    Files.write(
        planted,
        new byte[] {
          0, 7, '4', '1', '1', '1', ' ', '1', '1', '1', '1', ' ', '1', '1', '1', '1', ' ', '1', '1',
          '1', '1', 0, 9
        });

    PanScan scan = new PanScan().tree(dir);

    assertThat(scan.findings()).containsExactly(planted.toString());
    assertThat(scan.scanned()).contains(clean.toString());
    assertThat(scan.report()).contains(planted.toString()).doesNotContain("4111");
  }

  @Test
  void a_pan_in_a_text_is_found_and_gateway_references_ids_and_times_are_not() {
    PanScan scan =
        new PanScan()
            .text("payload on rebound/v1/stores/s/events", "{\"ref\":\"5555-5555-5555-4444\"}")
            .text("returns.payload", "{\"paymentReference\":\"ch_3MtwBwLkdIwHu7ix28a3tqPa\"}")
            .text("returns.return_id", "0193a4e2-7c1d-7b3e-9f00-123456789abc")
            .text("ingested_events.received_at", "2026-11-26 09:33:02.123456+00")
            .text("null column", null);
    Map.of("user property rebound-signature", "v1=AbC0123456789012345xyz").forEach(scan::text);

    assertThat(scan.findings()).isEqualTo(List.of("payload on rebound/v1/stores/s/events"));
    assertThat(scan.report()).doesNotContain("5555");
  }
}
