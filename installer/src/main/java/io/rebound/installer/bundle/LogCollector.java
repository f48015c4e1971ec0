package io.rebound.installer.bundle;

import io.rebound.installer.layout.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The agent's logs: the files under {@code <root>/var/log/rebound} and, on a real root, the last
 * 20,000 journal lines of the unit. Every line goes through the {@link Redactor}.
 */
final class LogCollector {
  private static final int JOURNAL_LINES = 20_000;
  private final Layout layout;
  private final Redactor redactor;

  LogCollector(Layout layout, Redactor redactor) {
    this.layout = layout;
    this.redactor = redactor;
  }

  void collect(Path into) throws IOException, InterruptedException {
    Files.createDirectories(into);
    if (Files.isDirectory(layout.logDir())) {
      try (Stream<Path> files = Files.list(layout.logDir())) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          SupportBundleCommand.write(
              into.resolve(f.getFileName().toString()),
              redactor.text(Files.readString(f, StandardCharsets.ISO_8859_1)));
        }
      }
    }
    if (!layout.alternativeRoot()) {
      try {
        Process journal =
            new ProcessBuilder(
                    "journalctl",
                    "-u",
                    Layout.UNIT_NAME,
                    "--no-pager",
                    "-n",
                    Integer.toString(JOURNAL_LINES))
                .redirectErrorStream(true)
                .start();
        String text = new String(journal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        journal.waitFor();
        SupportBundleCommand.write(into.resolve("journal.txt"), redactor.text(text));
      } catch (IOException e) {
        SupportBundleCommand.write(
            into.resolve("journal.txt"), "journalctl not available: " + e.getMessage());
      }
    }
  }
}
