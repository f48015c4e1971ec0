package io.rebound.central.process;

import static io.restassured.RestAssured.given;

import io.rebound.central.process.model.StepKind;
import io.rebound.protocols.ids.ReturnId;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Reads process steps and dead letters through central's HTTP API, as an operator would. */
public final class ProcessApi {
  private ProcessApi() {}

  /** The return's view, or null while central has not stored it. */
  public static JsonPath returnView(ReturnId id) {
    Response r = given().get("/api/v1/returns/" + id);
    return r.statusCode() == 200 ? r.jsonPath() : null;
  }

  /** The state of the return's step of {@code kind} (first one), or null if there is none. */
  public static String state(ReturnId id, StepKind kind) {
    JsonPath view = returnView(id);
    return view == null ? null : view.getString("steps.find { it.kind == '" + kind + "' }.state");
  }

  /** The kinds of the return's steps. */
  public static List<String> kinds(ReturnId id) {
    JsonPath view = returnView(id);
    return view == null ? List.of() : view.getList("steps.kind", String.class);
  }

  /** Whether every step of the return is in {@code state} (and it has at least one). */
  public static boolean all(ReturnId id, String state) {
    JsonPath view = returnView(id);
    if (view == null) {
      return false;
    }
    List<String> states = view.getList("steps.state", String.class);
    return !states.isEmpty() && states.stream().allMatch(state::equals);
  }

  /** The dead-letter list items (first 500). */
  public static List<Map<String, Object>> deadLetters() {
    return given().queryParam("limit", 500).get("/api/v1/dead-letters").jsonPath().getList("items");
  }

  /** The STEP dead letter of the return's step, if any. */
  public static Map<String, Object> stepDeadLetter(ReturnId id, StepKind kind) {
    return deadLetters().stream()
        .filter(d -> "STEP".equals(d.get("kind")))
        .filter(d -> id.value().toString().equals(d.get("returnId")))
        .filter(d -> kind.name().equals(d.get("step")))
        .findFirst()
        .orElse(null);
  }
}
