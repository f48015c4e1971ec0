package io.rebound.protocols.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageSignatureTest {
  private static final byte[] SECRET = new byte[32];
  private static final MessageKey KEY =
      new MessageKey(StoreId.of("store42"), "k1", fill(SECRET, (byte) 7));
  private static final byte[] PAYLOAD = "{\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8);

  private static byte[] fill(byte[] b, byte v) {
    Arrays.fill(b, v);
    return b;
  }

  @Test
  void a_signature_verifies_with_the_same_key_and_bytes() {
    String sig = MessageSignature.sign(KEY, PAYLOAD);
    assertThat(sig).startsWith("v1=");
    assertThat(sig.substring(3)).doesNotContain("=");
    assertThat(MessageSignature.verify(KEY, PAYLOAD, sig)).isTrue();
  }

  @Test
  void the_mac_is_standard_hmac_sha256() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(KEY.secret(), "HmacSHA256"));
    assertThat(MessageSignature.mac(KEY, PAYLOAD)).isEqualTo(mac.doFinal(PAYLOAD));
    MessageKey longKey = new MessageKey(StoreId.of("store42"), "k2", new byte[100]);
    mac.init(new javax.crypto.spec.SecretKeySpec(longKey.secret(), "HmacSHA256"));
    assertThat(MessageSignature.mac(longKey, PAYLOAD)).isEqualTo(mac.doFinal(PAYLOAD));
  }

  @Test
  void a_changed_payload_or_another_key_fails() {
    String sig = MessageSignature.sign(KEY, PAYLOAD);
    byte[] changed = PAYLOAD.clone();
    changed[2] ^= 1;
    MessageKey other = new MessageKey(StoreId.of("store42"), "k1", new byte[32]);
    assertThat(MessageSignature.verify(KEY, changed, sig)).isFalse();
    assertThat(MessageSignature.verify(other, PAYLOAD, sig)).isFalse();
  }

  @Test
  void missing_or_malformed_signatures_are_not_valid() {
    assertThat(MessageSignature.verify(KEY, PAYLOAD, null)).isFalse();
    assertThat(MessageSignature.verify(KEY, PAYLOAD, "v2=abc")).isFalse();
    assertThat(MessageSignature.verify(KEY, PAYLOAD, "v1=***")).isFalse();
    assertThatThrownBy(() -> MessageSignature.requireValid(KEY, PAYLOAD, "v1=AAAA"))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.rule()).isEqualTo("signature"));
  }

  @Test
  void keys_need_32_bytes_and_a_well_formed_id_and_never_print_the_secret() {
    assertThatThrownBy(() -> new MessageKey(StoreId.of("store42"), "k1", new byte[16]))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("secret"));
    assertThatThrownBy(() -> new MessageKey(StoreId.of("store42"), "k 1", new byte[32]))
        .isInstanceOfSatisfying(
            InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("keyId"));
    MessageKey roundTrip = MessageKey.of(KEY.storeId(), "k1", KEY.secretBase64Url());
    assertThat(roundTrip).isEqualTo(KEY);
    assertThat(KEY.toString()).doesNotContain(KEY.secretBase64Url());
  }
}
