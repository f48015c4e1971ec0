package io.rebound.edge.security;

import io.rebound.protocols.security.CardNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scans files byte by byte (read as ISO-8859-1, so binary pages of SQLite and its WAL are scanned
 * too) for anything that looks like a card number, and names the files where one was found.
 */
public final class PanScan {
  private PanScan() {}

  /** Every regular file under {@code dir} (recursively) that contains a PAN-looking number. */
  public static List<Path> filesWithPans(Path dir) {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).filter(PanScan::containsPan).forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** Whether {@code file} contains a PAN-looking number anywhere. */
  public static boolean containsPan(Path file) {
    try {
      return CardNumbers.looksLikePan(
          new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
