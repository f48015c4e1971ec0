package io.rebound.protocols.audit;

/** Who acted: a person with a personal account, or a terminal acting on its own token. */
public enum ActorKind {
  /** A person (manager or associate) identified by a session. */
  USER,
  /** A POS terminal identified by its token only. */
  TERMINAL
}
