package io.rebound.installer.preflight;

/**
 * One check's result: {@code name} (e.g. {@code disk}), the status, what was found and, unless OK,
 * what to do next.
 */
public record Check(String name, CheckStatus status, String detail, String nextStep) {

  public static Check ok(String name, String detail) {
    return new Check(name, CheckStatus.OK, detail, null);
  }

  public static Check warn(String name, String detail, String nextStep) {
    return new Check(name, CheckStatus.WARN, detail, nextStep);
  }

  public static Check fail(String name, String detail, String nextStep) {
    return new Check(name, CheckStatus.FAIL, detail, nextStep);
  }

  @Override
  public String toString() {
    return String.format(
        "%-5s %-10s %s%s", status, name, detail, nextStep == null ? "" : " → " + nextStep);
  }
}
