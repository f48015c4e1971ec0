package io.rebound.central.process.adapters;

import io.rebound.central.CentralException;
import java.util.List;

/** A configured adapter kind that no bean implements (startup fails). */
public final class UnknownAdapterException extends CentralException {
  private static final long serialVersionUID = 1L;

  UnknownAdapterException(String key, String kind, List<String> available, boolean ambiguous) {
    super(
        key
            + ": '"
            + kind
            + "' "
            + (ambiguous ? "is implemented by more than one bean" : "is not an available kind")
            + " (rule: one of "
            + available
            + ")",
        null);
  }
}
