package io.rebound.central.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token issued by central itself ({@code rbo_…}), to be checked against the store. */
public final class OpsTokenRequest extends BaseAuthenticationRequest {
  private final String token;

  public OpsTokenRequest(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }
}
