package io.rebound.e2e.bench;

import io.rebound.e2e.harness.EdgeCredentials;
import io.rebound.e2e.harness.HarnessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the agent's POS API with {@code wrk} (Debian package), a native load generator, so that
 * the measurement shows the agent rather than a JVM HTTP client competing for the same two cores.
 * Every request has its own Idempotency-Key and its own sale (so the policy engine accepts it); any
 * non-2xx answer is a failure of the run.
 */
final class WrkLoad {
  static final Path BINARY = Path.of("/usr/bin/wrk");
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
  private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:(.*)");

  private WrkLoad() {}

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  static Measurement run(String label, String baseUrl, int terminals, Duration duration, Path dir)
      throws IOException {
    Path script = Files.createDirectories(dir).resolve("post-returns.lua");
    Files.writeString(script, script(label + "-" + terminals), StandardCharsets.UTF_8);
    List<String> command =
        List.of(
            BINARY.toString(),
            "-t2",
            "-c" + terminals,
            "-d" + duration.toSeconds() + "s",
            "--latency",
            "-s",
            script.toString(),
            baseUrl + "/api/v1/returns");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try {
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new HarnessException("wrk failed:\n" + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("interrupted while running wrk", e);
    }
    Files.writeString(dir.resolve("wrk-" + label + "-" + terminals + ".txt"), out);
    long failures = find(NON_2XX, out).map(Long::parseLong).orElse(0L);
    if (failures > 0 || find(SOCKET_ERRORS, out).isPresent()) {
      throw new HarnessException(label + ": wrk saw failed requests:\n" + out);
    }
    return new Measurement(
        label,
        terminals,
        Double.parseDouble(find(RATE, out).orElseThrow(() -> noFigure(out))),
        percentile(out, "50%"),
        percentile(out, "99%"),
        failures);
  }

  private static Duration percentile(String out, String which) {
    Matcher m =
        Pattern.compile(
                "^\\s+" + Pattern.quote(which) + "\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
            .matcher(out);
    if (!m.find()) {
      throw noFigure(out);
    }
    double v = Double.parseDouble(m.group(1));
    double nanos =
        switch (m.group(2)) {
          case "us" -> v * 1e3;
          case "ms" -> v * 1e6;
          default -> v * 1e9;
        };
    return Duration.ofNanos((long) nanos);
  }

  private static java.util.Optional<String> find(Pattern p, String out) {
    Matcher m = p.matcher(out);
    return m.find() ? java.util.Optional.of(m.group(1).trim()) : java.util.Optional.empty();
  }

  private static HarnessException noFigure(String out) {
    return new HarnessException("cannot read wrk's output:\n" + out);
  }

  /** A Lua script: a unique key and sale per request; the sale two days old (in the window). */
  private static String script(String run) {
    String soldAt =
        Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return String.join(
        "\n",
        "wrk.method = \"POST\"",
        "wrk.headers[\"Content-Type\"] = \"application/json\"",
        "wrk.headers[\"Authorization\"] = \"Bearer " + EdgeCredentials.TERMINAL_TOKEN + "\"",
        "local n = 0",
        "local me = tostring({}):gsub(\"table: \", \"\")",
        "request = function()",
        "  n = n + 1",
        "  local id = \"" + run + "-\" .. me .. \"-\" .. n",
        "  local body = '{\"terminalId\":\"POS-01\",\"originalSale\":{\"saleId\":\"WRK-' .. id"
            + " .. '\",\"channel\":\"ECOMMERCE\",\"soldAt\":\""
            + soldAt
            + "\",\"tenders\":[{\"type\":\"CARD\",\"amount\":{\"amount\":\"49.99\",\"currency\":"
            + "\"USD\"},\"paymentReference\":\"ch_123\"}]},\"customer\":{\"customerId\":\"C-889\"},"
            + "\"lines\":[{\"sku\":\"SKU-1\",\"quantity\":1,\"unitPrice\":{\"amount\":\"49.99\","
            + "\"currency\":\"USD\"},\"reason\":\"WRONG_SIZE\",\"condition\":\"UNOPENED\"}],"
            + "\"refundPreference\":\"ORIGINAL_TENDER\"}'",
        // wrk.format uses the headers given INSTEAD of wrk.headers: pass them all
        "  local headers = {[\"Idempotency-Key\"] = \"wrk-\" .. id}",
        "  for k, v in pairs(wrk.headers) do headers[k] = v end",
        "  return wrk.format(nil, nil, headers, body)",
        "end",
        "");
  }
}
