package io.rebound.central.receipts;

import java.security.PrivateKey;
import java.util.Objects;

/** The active signing key: its kid and private key. Never serialised, never logged. */
record SigningKey(String kid, PrivateKey privateKey) {
  SigningKey {
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(privateKey, "privateKey");
  }

  @Override
  public String toString() {
    return "SigningKey[" + kid + "]";
  }
}
