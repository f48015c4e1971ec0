package io.rebound.installer.enroll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.installer.InstallerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** {@code POST <central>/api/v1/enrollments {"code":…}}: the one call enroll makes to central. */
final class CentralEnrollment {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI central;

  CentralEnrollment(URI central) {
    this.central = central;
  }

  /** The enrollment document on 201; any refusal or failure as an InstallerException. */
  JsonNode redeem(String code) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(central.resolve("/api/v1/enrollments"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.createObjectNode().put("code", code).toString()))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new InstallerException(
          "cannot reach central at " + central + ": " + e.getMessage(),
          "check --central and the network; the code is still unused, run the same command again",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InstallerException("interrupted while enrolling", "run the same command again");
    }
    JsonNode body = parse(response.body());
    return switch (response.statusCode()) {
      case 201, 200 -> body;
      case 409 ->
          throw new InstallerException(
              "central refused: this code was already used (" + body.path("detail").asText() + ")",
              "if this store is already enrolled nothing is needed; otherwise ask the operator for a new code");
      case 410 ->
          throw new InstallerException(
              "central refused: this code expired (" + body.path("detail").asText() + ")",
              "ask the operator for a new code (POST /api/v1/stores/{storeId}/enrollment-codes)");
      case 404 ->
          throw new InstallerException(
              "central does not know this code",
              "check the code for typos, or ask the operator for a new one");
      default ->
          throw new InstallerException(
              "central answered HTTP "
                  + response.statusCode()
                  + ": "
                  + body.path("detail").asText(response.body()),
              "check --central points at Rebound central, then run the same command again");
    };
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body.isEmpty() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode().put("detail", body);
    }
  }
}
