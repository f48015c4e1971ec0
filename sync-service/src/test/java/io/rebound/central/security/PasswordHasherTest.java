package io.rebound.central.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher(Credentials.MIN_ITERATIONS);

  @Test
  void hash_is_salted_pbkdf2_sha256_with_its_iteration_count() {
    String first = hasher.hash("correct horse battery");
    String second = hasher.hash("correct horse battery");
    assertThat(first).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(second);
    assertThat(first).doesNotContain("correct horse battery");
  }

  @Test
  void only_the_right_password_matches() {
    String stored = hasher.hash("correct horse battery");
    assertThat(hasher.matches("correct horse battery", stored)).isTrue();
    assertThat(hasher.matches("correct horse batterY", stored)).isFalse();
    assertThat(hasher.matches("correct horse battery", "plain:correct horse battery")).isFalse();
  }

  @Test
  void a_hash_keeps_verifying_after_the_iteration_setting_is_raised() {
    String stored = hasher.hash("correct horse battery");
    assertThat(new PasswordHasher(700_000).matches("correct horse battery", stored)).isTrue();
  }

  @Test
  void fewer_than_600000_iterations_are_refused() {
    assertThatThrownBy(() -> new PasswordHasher(599_999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 600000");
  }
}
