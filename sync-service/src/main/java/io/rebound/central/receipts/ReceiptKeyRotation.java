package io.rebound.central.receipts;

import io.rebound.protocols.receipts.ReceiptKeySet;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Rotates the signing key and announces the new public key set (pushed to every store). */
@Singleton
public class ReceiptKeyRotation {
  private static final Logger LOG = Logger.getLogger(ReceiptKeyRotation.class);

  private final ReceiptKeyRepository keys;
  private final Event<ReceiptKeysRotated> rotated;

  public ReceiptKeyRotation(ReceiptKeyRepository keys, Event<ReceiptKeysRotated> rotated) {
    this.keys = keys;
    this.rotated = rotated;
  }

  /** A new active key; the previous keys stay in the set for verification. */
  public ReceiptKeySet rotate() {
    ReceiptKeySet set = keys.rotate();
    String active = set.keys().get(set.keys().size() - 1).kid();
    LOG.infof("receipt keys rotated: %s now signs (key set v%d)", active, set.version());
    rotated.fire(new ReceiptKeysRotated(set));
    return set;
  }

  /** The key to sign with; the very first one is made on demand. */
  SigningKey signingKey() {
    return keys.activeKey()
        .orElseGet(
            () -> {
              rotate();
              return keys.activeKey().orElseThrow();
            });
  }
}
