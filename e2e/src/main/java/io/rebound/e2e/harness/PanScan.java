package io.rebound.e2e.harness;

import io.rebound.protocols.security.CardNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for card numbers ({@link CardNumbers#looksLikePan}) in files, byte strings and texts, and
 * remembers WHERE it found one (a file, a table column, a topic) — never the number itself, so the
 * findings can go into a failure message. Files and byte strings are read as ISO-8859-1: every byte
 * is one character, so binary pages (SQLite, its WAL) are scanned as well as text.
 */
public final class PanScan {
  private final List<String> findings = new ArrayList<>();
  private final List<String> scanned = new ArrayList<>();

  /** Scans one text; {@code where} names its origin. */
  public PanScan text(String where, CharSequence text) {
    scanned.add(where);
    if (text != null && CardNumbers.looksLikePan(text)) {
      findings.add(where);
    }
    return this;
  }

  /** Scans bytes as ISO-8859-1 text. */
  public PanScan bytes(String where, byte[] bytes) {
    return text(where, new String(bytes, StandardCharsets.ISO_8859_1));
  }

  /** Scans one file, whatever it holds. */
  public PanScan file(Path file) {
    try {
      return bytes(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new HarnessException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Scans every regular file under {@code dir}, recursively. */
  public PanScan tree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).sorted().forEach(this::file);
    } catch (IOException e) {
      throw new HarnessException("cannot walk " + dir + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** Where a card number was found (file path, table.column, topic ...), in scan order. */
  public List<String> findings() {
    return List.copyOf(findings);
  }

  /** Every origin scanned so far (including those without a finding). */
  public List<String> scanned() {
    return List.copyOf(scanned);
  }

  /** A sentence for a failure message: where card numbers were found, without the numbers. */
  public String report() {
    return findings.isEmpty()
        ? "no card number in " + scanned.size() + " scanned items"
        : "a Luhn-valid card number was found in: " + String.join(", ", findings);
  }
}
