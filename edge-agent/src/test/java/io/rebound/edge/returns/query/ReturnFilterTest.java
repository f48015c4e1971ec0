package io.rebound.edge.returns.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.edge.returns.SyncState;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.returns.RefundStatus;
import io.rebound.protocols.returns.ReturnStatus;
import java.time.LocalDate;
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

  @Test
  void newest_first_pages_with_before_and_store_days_are_dates() {
    ReturnFilter f =
        ReturnFilter.parse(
            new ReturnFilter.Params(
                null,
                null,
                "20",
                null,
                "DEFERRED",
                "POS-03",
                "2026-11-01",
                "2026-11-26",
                "desc",
                "01a21664-7991-7283-b1a5-89911e59f16c"));
    assertThat(f.order()).isEqualTo(ReturnFilter.Order.DESC);
    assertThat(f.before()).isPresent();
    assertThat(f.refund()).contains(RefundStatus.DEFERRED);
    assertThat(f.terminal().map(t -> t.value())).contains("POS-03");
    assertThat(f.from()).contains(LocalDate.of(2026, 11, 1));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "-, -, -, newest, -, order, enum",
        "-, -, -, desc, after, after, order",
        "-, -, -, -, before, before, order",
        "2026-11-02, 2026-11-01, -, -, -, to, date-range",
        "2026-13-01, -, -, -, -, from, date",
        "-, -, 'POS 1', -, -, terminal, format"
      })
  void bad_new_parameters_name_the_parameter_and_the_rule(
      String from,
      String to,
      String terminal,
      String order,
      String cursor,
      String field,
      String rule) {
    String id = "01a21664-7991-7283-b1a5-89911e59f16c";
    ReturnFilter.Params p =
        new ReturnFilter.Params(
            null,
            null,
            null,
            "after".equals(cursor) ? id : null,
            null,
            terminal,
            from,
            to,
            order,
            "before".equals(cursor) ? id : null);
    assertThatThrownBy(() -> ReturnFilter.parse(p))
        .isInstanceOfSatisfying(
            InvalidMessageException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
