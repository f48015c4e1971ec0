package io.rebound.edge.security.tls;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rebound.edge.security.testing.AppUri;
import io.rebound.edge.security.testing.DefaultCredentials;
import io.rebound.testing.FreePort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** With rebound.http.tls.enabled the agent generates its certificate and serves HTTPS only. */
@QuarkusTest
@TestProfile(HttpsTest.Tls.class)
class HttpsTest {
  static final Path DATA_DIR = tempDir();

  /** TLS on, in a fresh data dir, no broker. */
  public static class Tls implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rebound.http.tls.enabled",
          "true",
          "rebound.data-dir",
          DATA_DIR.toString(),
          "rebound.mqtt.port",
          String.valueOf(FreePort.find()),
          "quarkus.http.test-ssl-port",
          "0");
    }
  }

  @Test
  void the_agent_serves_https_with_a_certificate_it_generated_into_its_data_dir() throws Exception {
    assertThat(DATA_DIR.resolve("tls/agent.p12")).exists();
    assertThat(Files.getPosixFilePermissions(DATA_DIR.resolve("tls/keystore.password"))).hasSize(2);
    String base = AppUri.https();
    assertThat(base).startsWith("https://");
    HttpClient https = HttpClient.newBuilder().sslContext(trustAll()).build();

    HttpResponse<String> health =
        https.send(
            HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> status =
        https.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/status"))
                .header("Authorization", "Bearer " + DefaultCredentials.TERMINAL_TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(status.statusCode()).isEqualTo(200);
    X509Certificate cert =
        (X509Certificate) health.sslSession().orElseThrow().getPeerCertificates()[0];
    assertThat(cert.getSubjectX500Principal().getName()).contains("rebound-agent");
  }

  private static SSLContext trustAll() throws Exception {
    TrustManager trust =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new TrustManager[] {trust}, new SecureRandom());
    return ssl;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("rebound-edge-tls-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
