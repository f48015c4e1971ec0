package io.rebound.installer.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** POSIX modes for files that may hold secrets. */
public final class FileModes {
  private FileModes() {}

  /** Sets the mode, e.g. {@code rw-------}; a filesystem without POSIX modes is left as is. */
  public static void restrict(Path file, String mode) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    } catch (UnsupportedOperationException e) {
      // not a POSIX filesystem: nothing to restrict
    }
  }
}
