package io.rebound.protocols.audit;

/** The role of a person's account at a store. */
public enum StaffRole {
  /** Accepts returns and records inspections. */
  ASSOCIATE,
  /** Everything an associate does, plus approvals, terminal tokens and accounts. */
  MANAGER;

  /** Whether this role includes {@code needed}. */
  public boolean includes(StaffRole needed) {
    return this == MANAGER || needed == ASSOCIATE;
  }
}
