package io.rebound.edge.security.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Generators of hostile request parts for {@link HostileInputFuzzTest}, from one seeded Random. */
final class HostileInput {
  private static final String FAKE_ID = "0193a6f2-8c1e-7a3b-9d4e-5f6a7b8c9d0e";
  private static final List<String> PATHS =
      List.of(
          "/api/v1/returns",
          "/api/v1/returns/" + FAKE_ID,
          "/api/v1/returns/" + FAKE_ID + "/approval",
          "/api/v1/returns/" + FAKE_ID + "/inspection",
          "/api/v1/returns/not-a-uuid",
          "/api/v1/status",
          "/api/v1/inventory?sku=SKU-1");
  private static final List<String> WEIRD_VALUES =
      List.of(
          "null",
          "true",
          "-1",
          "0",
          "1e400",
          "-9223372036854775809",
          "99999999999999999999999999",
          "1.5",
          "\"\"",
          "\" \"",
          "[]",
          "{}",
          "[[[[[[[[[[]]]]]]]]]]",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\u202e\u0645\u0631\u062d\u0628\u0627\"",
          "\"\uD835\uDD18\uD835\uDD2B\"",
          "\"ch_\"",
          "\"4111111111111111\"",
          "\"../../etc/passwd\"",
          "\"<script>alert(1)</script>\"",
          "\"' OR 1=1 --\"",
          "{\"amount\":\"1e9999\",\"currency\":\"USD\"}",
          "{\"amount\":\"-0.01\",\"currency\":\"USD\"}",
          "\"" + "A".repeat(5000) + "\"");
  private static final List<String> KEYS =
      List.of(
          "terminalId",
          "originalSale",
          "saleId",
          "channel",
          "soldAt",
          "tenders",
          "type",
          "amount",
          "currency",
          "lines",
          "sku",
          "quantity",
          "unitPrice",
          "reason",
          "condition",
          "refundPreference",
          "customer",
          "customerId",
          "decision",
          "manager",
          "lineIndex",
          "disposition",
          "inspectedBy");
  private static final List<String> METHODS =
      List.of("GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH");

  private final Random random;
  private final String validBody;

  HostileInput(Random random, String validBody) {
    this.random = random;
    this.validBody = validBody;
  }

  String method() {
    return pick(METHODS);
  }

  String path() {
    String base = pick(PATHS);
    return switch (random.nextInt(8)) {
      case 0 -> base + "/" + randomText(1 + random.nextInt(40), true);
      case 1 -> base.replace("returns", "returns/..%2f..%2f" + randomText(3, true));
      case 2 ->
          base
              + "?limit="
              + pick(List.of("-1", "0", "201", "abc", "1e9", "%00"))
              + "&status="
              + randomText(5, true);
      case 3 -> "/api/v1/returns/" + randomText(random.nextInt(300), true);
      default -> base;
    };
  }

  /** A body that must never be stored: mutated, mistyped, or valid-looking in another currency. */
  byte[] body() {
    return switch (random.nextInt(7)) {
      case 0 -> flipBytes(validBody.getBytes(StandardCharsets.UTF_8));
      case 1 ->
          validBody
              .substring(0, random.nextInt(validBody.length()))
              .getBytes(StandardCharsets.UTF_8);
      case 2 -> retype(validBody).getBytes(StandardCharsets.UTF_8);
      case 3 -> randomBytes(random.nextInt(2000));
      case 4 ->
          ("{\"" + pick(KEYS) + "\":" + pick(WEIRD_VALUES) + "}").getBytes(StandardCharsets.UTF_8);
      case 5 ->
          validBody
              .replace("{\"terminalId\"", "{\"terminalId\":\"POS-01\",\"terminalId\"")
              .getBytes(StandardCharsets.UTF_8);
      default -> validBody.getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Idempotency-Key values, many of them invalid. */
  String idempotencyKey() {
    return switch (random.nextInt(5)) {
      case 0 -> "";
      case 1 -> "k".repeat(300);
      case 2 -> randomText(1 + random.nextInt(20), false);
      default -> "fuzz-" + Long.toHexString(random.nextLong());
    };
  }

  String contentType() {
    return pick(
        List.of(
            "application/json",
            "application/json",
            "text/plain",
            "application/xml",
            "application/json; charset=latin1",
            "multipart/form-data; boundary=x",
            "*/*"));
  }

  /** A raw HTTP/1.1 request with header injection, traversal or a broken request line. */
  String rawRequest(String bearer, String session) {
    String path =
        pick(
            List.of(
                "/api/v1/returns/../../q/health",
                "/api/v1/returns/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1//returns",
                "/api/v1/returns/%00",
                "/%ff%fe",
                "/api/v1/returns;x=1/" + FAKE_ID,
                "/api/v1/returns/" + FAKE_ID + "/approval;jsessionid=1",
                "//api/v1/status",
                "*"));
    String auth =
        random.nextBoolean()
            ? "Authorization: Bearer " + bearer + "\r\n" + "Rebound-Session: " + session + "\r\n"
            : "Authorization: Bearer " + bearer + "\r\nX-Injected: a\rb\r\n";
    String extra =
        pick(
            List.of(
                "Idempotency-Key: a\r\nIdempotency-Key: b\r\n",
                "traceparent: 00-zz\r\n",
                "Content-Length: -5\r\n",
                "Content-Length: 99999999999999999999\r\n",
                "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n",
                "Host: \r\n",
                ": empty-name\r\n",
                "X-Long: " + "x".repeat(9000) + "\r\n",
                "Idempotency-Key: \u00e9\u4e2d\u202e\r\n"));
    String method =
        pick(List.of("GET", "POST", "TRACE", "OPTIONS", "FOO", "GET /x HTTP/1.1\r\nGET"));
    return method
        + " "
        + path
        + " HTTP/1.1\r\nHost: localhost\r\n"
        + auth
        + extra
        + "Connection: close\r\n\r\n";
  }

  private String retype(String json) {
    String key = pick(KEYS);
    return json.replaceFirst(
        "\"" + key + "\":(\"[^\"]*\"|[0-9]+|\\{[^{}]*\\})",
        "\"" + key + "\":" + java.util.regex.Matcher.quoteReplacement(pick(WEIRD_VALUES)));
  }

  private byte[] flipBytes(byte[] bytes) {
    int flips = 1 + random.nextInt(5);
    for (int i = 0; i < flips; i++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  private String randomText(int n, boolean pathSafe) {
    String alphabet =
        pathSafe
            ? "abcXYZ019-._~%2e%2f%00%ff\u00e9\u4e2d"
            : "abcXYZ019-._~\u00e9\u4e2d\uD83D\uDE00\u202e";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
