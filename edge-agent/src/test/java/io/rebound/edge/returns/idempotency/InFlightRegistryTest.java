package io.rebound.edge.returns.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InFlightRegistryTest {
  private final InFlightRegistry registry = new InFlightRegistry();
  private final IdempotencyKey key = new IdempotencyKey("k-1");

  @Test
  void a_key_held_by_one_request_cannot_be_claimed_by_another() {
    Optional<InFlightRegistry.Claim> first = registry.claim(key);
    assertThat(first).isPresent();
    assertThat(registry.claim(key)).isEmpty();
    assertThat(registry.claim(new IdempotencyKey("k-2"))).isPresent();
  }

  @Test
  void a_released_key_can_be_claimed_again_and_double_release_is_harmless() {
    InFlightRegistry.Claim first = registry.claim(key).orElseThrow();
    first.close();
    InFlightRegistry.Claim second = registry.claim(key).orElseThrow();
    first.close();
    assertThat(registry.isInFlight(key)).isTrue();
    second.close();
    assertThat(registry.isInFlight(key)).isFalse();
  }
}
