package io.rebound.edge.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.edge.config.EdgeConfig;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.security.MessageKey;
import io.rebound.protocols.security.MessageSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The store's message-signing key from {@code rebound.security.message-key-file}, re-read when the
 * file's modification time changes (checked at most once a second, so a key installed while the
 * agent runs is used within a second). A key for another store or an unreadable file is logged and
 * ignored: events then go out unsigned.
 */
@ApplicationScoped
public class MessageKeyFile {
  private static final Logger LOG = Logger.getLogger(MessageKeyFile.class);
  private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

  private final Path file;
  private final StoreId storeId;
  private volatile Optional<MessageKey> key = Optional.empty();
  private volatile FileTime loadedVersion;
  private volatile long checkedAt;
  private volatile boolean checkedOnce;

  public MessageKeyFile(EdgeConfig config) {
    this.file =
        config.security().messageKeyFile().orElse(config.dataDir().resolve("message-key.json"));
    this.storeId = config.storeId();
  }

  /** The MQTT 5 user properties that sign {@code payload}, or none without a key. */
  public Map<String, String> signatureOf(byte[] payload) {
    return current()
        .map(
            k ->
                Map.of(
                    MessageSignature.SIGNATURE_PROPERTY,
                    MessageSignature.sign(k, payload),
                    MessageSignature.KEY_ID_PROPERTY,
                    k.keyId()))
        .orElse(Map.of());
  }

  /** The current key, if a valid one is installed. */
  public Optional<MessageKey> current() {
    long now = System.nanoTime();
    if (!checkedOnce || now - checkedAt >= CHECK_EVERY_NANOS) {
      synchronized (this) {
        if (!checkedOnce || now - checkedAt >= CHECK_EVERY_NANOS) {
          reload();
          checkedAt = now;
          checkedOnce = true;
        }
      }
    }
    return key;
  }

  private void reload() {
    FileTime version;
    try {
      version = Files.getLastModifiedTime(file);
    } catch (NoSuchFileException e) {
      if (!checkedOnce || key.isPresent()) {
        LOG.warnf(
            "no message key at %s: events are sent unsigned (central dead-letters them when it"
                + " requires signatures); install the key from POST"
                + " /api/v1/stores/%s/message-key",
            file, storeId);
      }
      key = Optional.empty();
      loadedVersion = null;
      return;
    } catch (IOException e) {
      LOG.errorf("cannot read the message key file %s: %s", file, e.getMessage());
      return;
    }
    if (version.equals(loadedVersion)) {
      return;
    }
    loadedVersion = version;
    key = parse();
    key.ifPresent(k -> LOG.infof("signing events with message key %s from %s", k.keyId(), file));
  }

  private Optional<MessageKey> parse() {
    try {
      JsonNode json = ProtocolJson.parseTree(Files.readAllBytes(file));
      StoreId owner = StoreId.of(json.path("storeId").asText(""));
      if (!owner.equals(storeId)) {
        LOG.errorf("message key file %s is for store %s, not %s: ignored", file, owner, storeId);
        return Optional.empty();
      }
      return Optional.of(
          MessageKey.of(owner, json.path("keyId").asText(""), json.path("secret").asText("")));
    } catch (InvalidMessageException e) {
      // field and rule only: a parser message could quote part of the secret
      LOG.errorf("message key file %s is not usable: %s (rule: %s)", file, e.field(), e.rule());
      return Optional.empty();
    } catch (IOException e) {
      LOG.errorf("message key file %s cannot be read: %s", file, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
