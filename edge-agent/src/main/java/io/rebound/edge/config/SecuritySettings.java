package io.rebound.edge.config;

import java.nio.file.Path;
import java.util.Optional;

/** Message signing ({@code rebound.security.*}). */
public interface SecuritySettings {
  /**
   * The store's message key: the JSON answered by central's {@code POST
   * /api/v1/stores/{storeId}/message-key}, saved as is (keep it 0600). Absent: {@code
   * <data-dir>/message-key.json}. Re-read when it changes (checked at most once a second). Without
   * a key, events are sent unsigned, and a central that requires signatures dead-letters them
   * without acknowledging (they stay pending here until a key is installed).
   */
  Optional<Path> messageKeyFile();
}
