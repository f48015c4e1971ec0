package io.rebound.central.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoreViewTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final Duration AFTER = Duration.ofSeconds(60);

  @Test
  void online_status_with_a_fresh_heartbeat_is_online() {
    assertThat(StoreView.isOnline("ONLINE", NOW.minusSeconds(59), NOW, AFTER)).isTrue();
  }

  @Test
  void online_status_without_a_heartbeat_for_too_long_is_offline_even_without_a_will() {
    assertThat(StoreView.isOnline("ONLINE", NOW.minusSeconds(61), NOW, AFTER)).isFalse();
  }

  @Test
  void last_will_offline_is_offline_however_fresh() {
    assertThat(StoreView.isOnline("OFFLINE", NOW, NOW, AFTER)).isFalse();
  }

  @Test
  void a_store_never_heard_from_is_offline() {
    assertThat(StoreView.isOnline(null, null, NOW, AFTER)).isFalse();
    assertThat(StoreView.isOnline("ONLINE", null, NOW, AFTER)).isFalse();
  }
}
