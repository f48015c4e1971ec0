package io.rebound.e2e.harness;

/**
 * Points logback at {@code rebound-e2e-logback.xml} (quiet broker and database logs). Call first
 * thing in a {@code main}, before any logger exists.
 */
public final class LogSetup {
  private static final String PROPERTY = "logback.configurationFile";

  private LogSetup() {}

  public static void quiet() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "rebound-e2e-logback.xml");
    }
  }
}
