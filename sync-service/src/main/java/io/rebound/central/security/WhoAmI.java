package io.rebound.central.security;

import java.util.List;

/** {@code GET /api/v1/ops/sessions/current}: who the request authenticated as. */
public record WhoAmI(String username, List<String> roles, String source) {}
