package io.rebound.central.exceptions;

import io.rebound.central.db.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the exceptions table with keyset pagination on its id. */
@Singleton
public class ExceptionsRepository {
  private final Database database;

  @Inject
  public ExceptionsRepository(Database database) {
    this.database = database;
  }

  /** Exceptions in {@code state} (any state when null) with id above {@code after}, by id. */
  public ExceptionPage page(ExceptionState state, long after, int limit) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  ExceptionReader.SELECT
                      + " WHERE id > ? AND (?::text IS NULL OR state = ?::text)"
                      + " ORDER BY id LIMIT ?")) {
            String stateName = state == null ? null : state.name();
            ps.setLong(1, after);
            ps.setString(2, stateName);
            ps.setString(3, stateName);
            ps.setInt(4, limit + 1);
            List<ExceptionView> items = ExceptionReader.list(ps);
            Long next = null;
            if (items.size() > limit) {
              items = new ArrayList<>(items.subList(0, limit));
              next = items.get(limit - 1).id();
            }
            return new ExceptionPage(items, next);
          }
        });
  }

  public Optional<ExceptionView> find(long id) {
    return database.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(ExceptionReader.SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            return ExceptionReader.list(ps).stream().findFirst();
          }
        });
  }
}
