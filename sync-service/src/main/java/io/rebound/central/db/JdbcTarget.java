package io.rebound.central.db;

import java.util.Objects;

/** Where central's PostgreSQL is: a JDBC URL and credentials (password may be empty). */
public record JdbcTarget(String url, String username, String password) {
  public JdbcTarget {
    Objects.requireNonNull(url, "url");
    username = username == null ? "" : username;
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return url + " as " + (username.isEmpty() ? "(default user)" : username);
  }
}
