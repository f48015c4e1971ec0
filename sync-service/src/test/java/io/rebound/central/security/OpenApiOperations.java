package io.rebound.central.security;

import static io.rebound.central.testing.OpsTestCredentials.anonymous;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every operation under {@code /api/v1} that central's OpenAPI document lists. */
record OpenApiOperations(List<Operation> all) {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  /** One method on one path, with its path parameters filled in. */
  record Operation(String method, String template) {
    String path() {
      return template.replaceAll("\\{[^}]+}", "1");
    }

    boolean changesState() {
      return !method.equals("get");
    }

    @Override
    public String toString() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + template;
    }
  }

  static OpenApiOperations fetch() {
    Map<String, Map<String, Object>> paths =
        anonymous()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    List<Operation> found = new ArrayList<>();
    paths.forEach(
        (path, operations) -> {
          if (path.startsWith("/api/v1")) {
            operations.keySet().stream()
                .filter(METHODS::contains)
                .sorted()
                .forEach(method -> found.add(new Operation(method, path)));
          }
        });
    return new OpenApiOperations(List.copyOf(found));
  }

  List<Operation> changingState() {
    return all.stream().filter(Operation::changesState).toList();
  }
}
