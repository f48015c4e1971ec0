package io.rebound.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.HttpJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * One store-credit number block as central lists it ({@code GET
 * /api/v1/stores/{storeId}/credit-blocks}): numbers {@code first..last}, both included.
 */
record CreditBlock(String blockId, long first, long last) {
  /** A store-credit refund reference: {@code SC-} and the number in ten digits. */
  private static final Pattern REFERENCE = Pattern.compile("SC-(\\d{10})");

  /** The blocks central granted to {@code storeId}, in central's order. */
  static List<CreditBlock> grantedBy(Central central, String storeId) {
    HttpJson.Reply r = central.creditBlocks(storeId);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("storeId").asText()).as(r.body()).isEqualTo(storeId);
    List<CreditBlock> blocks = new ArrayList<>();
    for (JsonNode b : r.json().path("blocks")) {
      blocks.add(
          new CreditBlock(
              b.path("blockId").asText(),
              b.path("firstNumber").asLong(),
              b.path("lastNumber").asLong()));
    }
    return blocks;
  }

  /** The number of a reference such as {@code SC-0000001234}; empty if it is not one. */
  static Optional<Long> number(String reference) {
    Matcher m = REFERENCE.matcher(reference);
    return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  long size() {
    return last - first + 1;
  }

  boolean contains(long number) {
    return number >= first && number <= last;
  }

  LongStream numbers() {
    return LongStream.rangeClosed(first, last);
  }
}
