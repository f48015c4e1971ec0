package io.rebound.central.requests;

import io.rebound.central.db.Sql;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.requests.CreditBlockGrant;
import io.rebound.protocols.requests.CreditBlockRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grants blocks of store-credit numbers from the sequence {@code store_credit_numbers}: under one
 * transaction-scoped advisory lock, {@code nextval} gives the first number and {@code setval} moves
 * the sequence past the last, so two grants never overlap anywhere in the fleet (every central
 * instance takes the same lock). The same (store, requestId) gets the block granted first.
 */
final class CreditBlockAllocator {
  /** Advisory lock key of the allocation ("SCNUMBER" in ASCII). */
  static final long LOCK_KEY = 0x53434E554D424552L;

  private static final String COLUMNS =
      "block_id, store_id, request_id, first_number, last_number, granted_at";

  private CreditBlockAllocator() {}

  /** Whether a grant was made by this call or repeated from an earlier one. */
  enum Origin {
    NEW,
    REPEATED
  }

  /** A grant and where it came from. */
  record Allocation(CreditBlockGrant grant, Origin origin) {}

  /** The block for {@code request}: the stored one, or a new one granted now. */
  static Allocation grant(Connection c, CreditBlockRequest request, Clock clock)
      throws SQLException {
    Optional<CreditBlockGrant> existing = find(c, request.storeId(), request.requestId());
    if (existing.isPresent()) {
      return new Allocation(existing.get(), Origin.REPEATED);
    }
    long first;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT pg_advisory_xact_lock(?), nextval('store_credit_numbers') AS first")) {
      ps.setLong(1, LOCK_KEY);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        first = rs.getLong("first");
      }
    }
    long last = first + request.size() - 1;
    try (PreparedStatement ps = c.prepareStatement("SELECT setval('store_credit_numbers', ?)")) {
      ps.setLong(1, last);
      ps.executeQuery().close();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    CreditBlockGrant grant =
        CreditBlockGrant.of(request.requestId(), CreditBlockId.mint(clock), first, last, now);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO credit_blocks ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT ON CONSTRAINT credit_blocks_request_unique DO NOTHING")) {
      ps.setObject(1, grant.blockId().value());
      ps.setString(2, request.storeId().value());
      ps.setObject(3, request.requestId().value());
      ps.setLong(4, first);
      ps.setLong(5, last);
      Sql.setInstant(ps, 6, now);
      if (ps.executeUpdate() == 1) {
        return new Allocation(grant, Origin.NEW);
      }
    }
    // the same request was granted concurrently by another instance: its block wins
    return new Allocation(
        find(c, request.storeId(), request.requestId()).orElseThrow(), Origin.REPEATED);
  }

  /** Every block granted to {@code store}, lowest numbers first. */
  static List<CreditBlockView> blocks(Connection c, StoreId store) throws SQLException {
    List<CreditBlockView> views = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM credit_blocks WHERE store_id = ? ORDER BY first_number")) {
      ps.setString(1, store.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          CreditBlockGrant g = grant(rs);
          views.add(
              new CreditBlockView(
                  g.blockId().toString(),
                  g.requestId().toString(),
                  g.firstNumber(),
                  g.lastNumber(),
                  g.size(),
                  g.grantedAt()));
        }
      }
    }
    return views;
  }

  private static Optional<CreditBlockGrant> find(Connection c, StoreId store, RequestId requestId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + COLUMNS + " FROM credit_blocks WHERE store_id = ? AND request_id = ?")) {
      ps.setString(1, store.value());
      ps.setObject(2, requestId.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(grant(rs)) : Optional.empty();
      }
    }
  }

  private static CreditBlockGrant grant(ResultSet rs) throws SQLException {
    return CreditBlockGrant.of(
        new RequestId(Sql.getUuid(rs, "request_id")),
        new CreditBlockId(Sql.getUuid(rs, "block_id")),
        rs.getLong("first_number"),
        rs.getLong("last_number"),
        Sql.getInstant(rs, "granted_at"));
  }
}
