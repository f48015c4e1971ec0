package io.rebound.edge.returns.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.returns.ReturnStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnFilterTest {

  @Test
  void absent_parameters_mean_no_filter_and_a_page_of_fifty() {
    ReturnFilter f = ReturnFilter.parse(null, null, null, null);
    assertThat(f.status()).isEmpty();
    assertThat(f.sync()).isEmpty();
    assertThat(f.after()).isEmpty();
    assertThat(f.limit()).isEqualTo(50);
  }

  @Test
  void valid_parameters_are_parsed() {
    ReturnFilter f =
        ReturnFilter.parse("ACCEPTED", "SYNCED", "200", "01a21664-7991-7283-b1a5-89911e59f16c");
    assertThat(f.status()).contains(ReturnStatus.ACCEPTED);
    assertThat(f.sync()).contains(SyncState.SYNCED);
    assertThat(f.limit()).isEqualTo(200);
    assertThat(f.after()).isPresent();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "accepted, -, -, -, status, enum",
        "-, DONE, -, -, sync, enum",
        "-, -, 0, -, limit, range",
        "-, -, 201, -, limit, range",
        "-, -, ten, -, limit, integer",
        "-, -, -, nope, after, format",
        "-, -, -, 01a21664-7991-4283-b1a5-89911e59f16c, after, uuid-v7"
      })
  void bad_values_name_the_parameter_and_the_rule(
      String status, String sync, String limit, String after, String field, String rule) {
    assertThatThrownBy(() -> ReturnFilter.parse(status, sync, limit, after))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void sync_state_only_moves_from_pending_to_synced() {
    assertThat(SyncState.PENDING.canMoveTo(SyncState.SYNCED)).isTrue();
    assertThat(SyncState.SYNCED.canMoveTo(SyncState.PENDING)).isFalse();
  }
}
