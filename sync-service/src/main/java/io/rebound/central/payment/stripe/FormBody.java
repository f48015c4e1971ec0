package io.rebound.central.payment.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code application/x-www-form-urlencoded} parameters in insertion order (Stripe's encoding). */
final class FormBody {
  private final Map<String, String> params = new LinkedHashMap<>();

  FormBody add(String name, String value) {
    if (value != null) {
      params.put(name, value);
    }
    return this;
  }

  String encode() {
    return params.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
