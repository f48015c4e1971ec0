package io.rebound.edge.returns.policy.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.policy.StorePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the policy comes from, and how a bad file is reported: file, field and rule. */
class PolicyFileTest {
  @TempDir Path dataDir;

  @Test
  void without_a_file_the_built_in_defaults_apply() {
    LoadedPolicy loaded = PolicyFile.resolve(Optional.empty(), dataDir);

    assertThat(loaded.policy()).isEqualTo(StorePolicy.defaults());
    assertThat(loaded.source()).isEqualTo("built-in defaults");
  }

  @Test
  void policy_json_in_the_data_dir_is_picked_up() throws IOException {
    Files.writeString(dataDir.resolve("policy.json"), json(StorePolicy.defaults(), 5));

    LoadedPolicy loaded = PolicyFile.resolve(Optional.empty(), dataDir);

    assertThat(loaded.policy().policyVersion()).isEqualTo(5);
    assertThat(loaded.source()).endsWith("policy.json");
  }

  @Test
  void a_configured_file_wins_over_the_data_dir_and_must_exist() throws IOException {
    Files.writeString(dataDir.resolve("policy.json"), json(StorePolicy.defaults(), 5));
    Path configured = dataDir.resolve("store-42.json");
    Files.writeString(configured, json(StorePolicy.defaults(), 9));

    assertThat(PolicyFile.resolve(Optional.of(configured), dataDir).policy().policyVersion())
        .isEqualTo(9);
    Path missing = dataDir.resolve("nope.json");
    assertThatThrownBy(() -> PolicyFile.resolve(Optional.of(missing), dataDir))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("rebound.policy.file")
        .hasMessageContaining("nope.json");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
# what is wrong                | replace this                   | with this                        | message names
negative cap per return        | "200.00"                       | "-200.00"                        | field offline.cashPerReturnCap.amount
cap in yen in a dollar store   | "1000.00","currency":"USD"     | "1000","currency":"JPY"          | field offline.cashPerStorePerDayCap.currency
unknown time zone              | "UTC"                          | "Mars/Base"                      | field timeZone
missing no-receipt limits      | ,"noReceipt"                   | ,"noReceiptX"                    | field noReceipt is required (rule required)
unknown item condition         | "OPENED"                       | "MINT"                           | field returnableConditions[1]
window days as text            | "defaultDays":30               | "defaultDays":"30"               | field returnWindow.defaultDays
not JSON at all                | {"policyVersion"               | {policyVersion                   | (rule json-syntax)
""")
  void an_invalid_file_fails_naming_file_field_and_rule(
      String what, String from, String to, String names) throws IOException {
    String valid = json(StorePolicy.defaults(), 3);
    assertThat(valid).contains(from);
    Path file = dataDir.resolve("policy.json");
    Files.writeString(file, valid.replace(from, to));

    assertThatThrownBy(() -> PolicyFile.resolve(Optional.empty(), dataDir))
        .isInstanceOf(PolicyFileException.class)
        .hasMessageContaining("rebound.policy.file")
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining(names);
  }

  private static String json(StorePolicy p, int version) {
    return ProtocolJson.toJson(
        StorePolicy.of(
            version,
            p.currency(),
            p.timeZone(),
            p.returnWindow(),
            p.returnableConditions(),
            p.offline(),
            p.noReceipt(),
            p.managerApproval()));
  }
}
