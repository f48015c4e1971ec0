package io.rebound.edge.security.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Auto-registered for every {@code @QuarkusTest} of the edge suite (META-INF/services): before each
 * test, once Quarkus has pointed RestAssured at the app, installs {@link DefaultCredentials}.
 */
public class DefaultCredentialsCallback implements QuarkusTestBeforeEachCallback {
  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    // through the test instance's class loader: the app (Arc, ports) and RestAssured the test sees
    try {
      context
          .getTestInstance()
          .getClass()
          .getClassLoader()
          .loadClass(DefaultCredentials.class.getName())
          .getMethod("install")
          .invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot install the default test credentials", e);
    }
  }
}
