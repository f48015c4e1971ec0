package io.rebound.central.db;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Builds central's own Agroal pool. Socket and connect timeouts make a partitioned database fail a
 * transaction (which the ingest worker retries) instead of hanging it forever; connections are
 * validated on borrow so a restarted PostgreSQL does not hand out dead connections.
 */
final class DataSourceFactory {
  private DataSourceFactory() {}

  static AgroalDataSource create(JdbcTarget target, int maxSize, String applicationName) {
    AgroalDataSourceConfigurationSupplier config =
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                pool ->
                    pool.maxSize(maxSize)
                        .acquisitionTimeout(Duration.ofSeconds(10))
                        .validateOnBorrow(true)
                        .connectionValidator(ConnectionValidator.defaultValidator())
                        .connectionFactoryConfiguration(
                            factory -> {
                              factory
                                  .jdbcUrl(target.url())
                                  .autoCommit(true)
                                  .jdbcProperty("connectTimeout", "5")
                                  .jdbcProperty("socketTimeout", "60")
                                  .jdbcProperty("tcpKeepAlive", "true")
                                  .jdbcProperty("ApplicationName", applicationName);
                              if (!target.username().isEmpty()) {
                                factory.principal(new NamePrincipal(target.username()));
                              }
                              if (!target.password().isEmpty()) {
                                factory.credential(new SimplePassword(target.password()));
                              }
                              return factory;
                            }));
    try {
      return AgroalDataSource.from(config);
    } catch (SQLException e) {
      throw new DatabaseException("cannot create the connection pool for " + target, e);
    }
  }
}
