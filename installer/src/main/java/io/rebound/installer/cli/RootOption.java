package io.rebound.installer.cli;

import io.rebound.installer.layout.Layout;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --root DIR}: everything below DIR, the agent as a plain process (no systemd, no users).
 */
public final class RootOption {
  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "Alternative root: install and act below DIR (default /).")
  Path root = Path.of("/");

  public Layout layout() {
    return new Layout(root);
  }
}
