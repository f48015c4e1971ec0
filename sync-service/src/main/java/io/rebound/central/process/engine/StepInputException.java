package io.rebound.central.process.engine;

import io.rebound.central.CentralException;

/** A step cannot be built from what central holds; retrying cannot help (dead letter). */
final class StepInputException extends CentralException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  StepInputException(String field, String rule, String message) {
    super(field + ": " + message + " (rule: " + rule + ")", null);
    this.rule = rule;
  }

  String rule() {
    return rule;
  }
}
