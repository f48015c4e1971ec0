package io.rebound.e2e.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Prometheus text exposition ({@code /q/metrics}). Only what the tests need: the sum of
 * all samples of one metric name, whatever their labels.
 */
public final class Metrics {
  private record Sample(String name, String labels, double value) {}

  private final List<Sample> samples;

  private Metrics(List<Sample> samples) {
    this.samples = List.copyOf(samples);
  }

  public static Metrics parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int brace = line.indexOf('{');
      int space = brace >= 0 ? line.indexOf(' ', line.lastIndexOf('}')) : line.indexOf(' ');
      if (space < 0) {
        continue;
      }
      String name =
          brace >= 0 && brace < space ? line.substring(0, brace) : line.substring(0, space);
      String labels = brace >= 0 && brace < space ? line.substring(brace, space) : "";
      String[] rest = line.substring(space + 1).strip().split("\\s+");
      samples.add(new Sample(name, labels, parseValue(rest[0])));
    }
    return new Metrics(samples);
  }

  private static double parseValue(String text) {
    return switch (text) {
      case "+Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      case "NaN" -> Double.NaN;
      default -> Double.parseDouble(text);
    };
  }

  /** True if at least one sample has this name. */
  public boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name.equals(name));
  }

  /** Sum over all label sets of {@code name}; 0 if absent. */
  public double sum(String name) {
    return samples.stream().filter(s -> s.name.equals(name)).mapToDouble(Sample::value).sum();
  }

  /** Names of all metrics starting with {@code prefix}, for diagnostics. */
  public List<String> namesStartingWith(String prefix) {
    return samples.stream().map(Sample::name).filter(n -> n.startsWith(prefix)).distinct().toList();
  }
}
