package io.rebound.e2e.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A JDBC URL with its credentials, as passed to central's {@code quarkus.datasource.*}. */
public record JdbcTarget(String url, String username, String password) {
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }
}
