package io.rebound.central.security;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * A stand-in identity provider on loopback: it serves one RSA key as a JWKS at every path, so
 * central's OIDC verifies tokens the test signs without any network. The private key reaches the
 * test as the config value {@code test.oidc.signing-key} (PKCS#8, Base64).
 */
public class LocalJwks implements QuarkusTestResourceLifecycleManager {
  static final String ISSUER = "https://issuer.rebound.test";
  static final String KEY_ID = "test-key";
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      byte[] jwks = jwks((RSAPublicKey) keys.getPublic()).getBytes(StandardCharsets.UTF_8);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/",
          exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(jwks);
            }
          });
      server.start();
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/rebound";
      return Map.of(
          "quarkus.oidc.auth-server-url",
          base,
          "quarkus.oidc.jwks-path",
          "certs",
          "test.oidc.signing-key",
          Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jwks(RSAPublicKey key) {
    return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
        + KEY_ID
        + "\",\"n\":\""
        + b64(key.getModulus())
        + "\",\"e\":\""
        + b64(key.getPublicExponent())
        + "\"}]}";
  }

  private static String b64(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
