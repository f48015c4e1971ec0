package io.rebound.central.deadletters;

import io.rebound.central.db.Sql;
import io.rebound.protocols.security.CardNumbers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores poison messages. The fingerprint (SHA-256 of topic and raw payload) makes the write
 * idempotent: a redelivered poison message increments {@code redeliveries} instead of adding a row.
 * Text is made storable first (PostgreSQL text cannot hold NUL; bytes that are not UTF-8 become
 * U+FFFD), so recording a poison message cannot itself fail on its content. Card numbers (a sender
 * that ignored the rule) are masked in every stored text, payload included; {@code payload_bytes}
 * keeps the original size.
 */
public final class DeadLetterWriter {
  private DeadLetterWriter() {}

  /** A poison message to record. */
  public record NewDeadLetter(
      String reason,
      String rule,
      String field,
      String topic,
      Optional<String> storeId,
      Optional<UUID> eventId,
      long sequence,
      Instant receivedAt,
      byte[] payload) {}

  /** Records {@code letter}; returns true if it created a row, false for a redelivery. */
  public static boolean insert(Connection c, NewDeadLetter letter) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO dead_letters (fingerprint, reason, rule, field, topic, store_id,"
                + " event_id, sequence, received_at, payload, payload_bytes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (fingerprint)"
                + " DO UPDATE SET redeliveries = dead_letters.redeliveries + 1"
                + " RETURNING (xmax = 0) AS inserted")) {
      ps.setString(1, fingerprint(letter.topic(), letter.payload()));
      ps.setString(2, storable(letter.reason()));
      ps.setString(3, storable(letter.rule()));
      ps.setString(4, letter.field() == null ? null : storable(letter.field()));
      ps.setString(5, storable(letter.topic()));
      ps.setString(6, letter.storeId().orElse(null));
      ps.setObject(7, letter.eventId().orElse(null));
      if (letter.sequence() > 0) {
        ps.setLong(8, letter.sequence());
      } else {
        ps.setNull(8, java.sql.Types.BIGINT);
      }
      Sql.setInstant(ps, 9, letter.receivedAt());
      ps.setString(10, storable(new String(letter.payload(), StandardCharsets.UTF_8)));
      ps.setInt(11, letter.payload().length);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** NUL replaced (PostgreSQL text), anything that looks like a card number masked. */
  static String storable(String text) {
    return CardNumbers.redact(text.replace('\u0000', '\uFFFD'));
  }

  static String fingerprint(String topic, byte[] payload) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(topic.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(payload);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
