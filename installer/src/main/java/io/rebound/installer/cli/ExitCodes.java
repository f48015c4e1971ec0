package io.rebound.installer.cli;

/** Exit codes of rebound-agentctl (documented in .notes/installer.md and --help). */
public final class ExitCodes {
  /** Done; doctor: healthy (agent ready and ONLINE, no check failed). */
  public static final int OK = 0;

  /** doctor: the agent runs but is degraded (PAYMENT_DEGRADED/OFFLINE, or a check warns/fails). */
  public static final int DEGRADED = 1;

  /** doctor: the agent does not answer (stopped, crashed, or still starting). */
  public static final int AGENT_DOWN = 2;

  /** Not installed (no configuration below the root). */
  public static final int NOT_INSTALLED = 3;

  /** A step failed; the message says what to do next. */
  public static final int FAILED = 4;

  /** Refused to protect data (e.g. purge with unsynced returns). */
  public static final int REFUSED = 5;

  /** upgrade: the new version was not healthy; the previous version runs again. */
  public static final int ROLLED_BACK = 6;

  /** Wrong options. */
  public static final int USAGE = 64;

  private ExitCodes() {}
}
