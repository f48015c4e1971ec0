package io.rebound.edge.ui;

import static io.rebound.edge.security.testing.RawHttp.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.pending.PendingStream;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.edge.security.testing.RawHttp;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * An open pending-queue stream does not outlive the session it was opened with: signed out, it ends
 * at the next heartbeat with a {@code signed-out} event, and reconnecting is a 401. A stream of a
 * session still live keeps going.
 */
@QuarkusTest
@TestProfile(StoreUiProfile.class)
class PendingStreamSignOutTest {
  private static final Duration HEARTBEAT_AND_SLACK = Duration.ofSeconds(5);

  @Inject PendingStream stream;

  @Test
  void a_stream_ends_once_its_session_is_signed_out_and_the_other_stays_open() throws Exception {
    String leaving = managerSession();
    String staying = managerSession();
    Open left = open(leaving);
    Open kept = open(staying);
    await().atMost(HEARTBEAT_AND_SLACK).until(() -> left.saw("event: snapshot"));
    await().atMost(HEARTBEAT_AND_SLACK).until(() -> kept.saw("event: snapshot"));

    assertThat(
            call("DELETE", "/api/v1/sessions/current", null, "Rebound-Session", leaving).status())
        .isEqualTo(204);

    await().atMost(HEARTBEAT_AND_SLACK).until(left.ended::isDone);
    assertThat(left.lines).contains("event: signed-out");
    assertThat(kept.ended).isNotDone();
    assertThat(kept.saw("event: signed-out")).isFalse();
    assertThat(stream.clients()).isGreaterThanOrEqualTo(1);
    assertThat(call("GET", PendingStream.PATH, null, "Rebound-Session", leaving).status())
        .isEqualTo(401);
    kept.response.body().close();
  }

  private record Open(
      HttpResponse<InputStream> response, List<String> lines, CompletableFuture<Void> ended) {
    boolean saw(String line) {
      return lines.contains(line);
    }
  }

  private static Open open(String session) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(AppUri.http() + PendingStream.PATH))
            .header("Rebound-Session", session)
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> ended =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                lines.add("! " + e.getMessage());
              }
            });
    return new Open(response, lines, ended);
  }

  private static String managerSession() {
    RawHttp.Answer a =
        call(
            "POST",
            "/api/v1/sessions",
            "{\"username\":\""
                + DefaultCredentials.MANAGER
                + "\",\"password\":\""
                + DefaultCredentials.MANAGER_PASSWORD
                + "\"}");
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json().getString("token");
  }
}
