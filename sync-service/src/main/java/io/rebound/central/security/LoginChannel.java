package io.rebound.central.security;

/** How credentials reached central: the session endpoint or an HTTP Basic header. */
public enum LoginChannel {
  SESSION,
  BASIC
}
