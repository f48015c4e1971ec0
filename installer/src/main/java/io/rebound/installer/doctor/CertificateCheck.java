package io.rebound.installer.doctor;

import io.rebound.installer.preflight.Check;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** Expiry of the broker CA certificate the agent trusts ({@code rebound.mqtt.tls.ca-file}). */
final class CertificateCheck {
  static final Duration WARN_BEFORE = Duration.ofDays(30);

  private CertificateCheck() {}

  static Check expiry(Path pem, Instant now) {
    try (InputStream in = Files.newInputStream(pem)) {
      X509Certificate cert =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      Instant notAfter = cert.getNotAfter().toInstant();
      String detail = pem + " expires " + notAfter;
      if (notAfter.isBefore(now)) {
        return Check.fail(
            "certificate",
            detail + " (expired)",
            "install the broker's renewed CA certificate at " + pem);
      }
      return notAfter.isBefore(now.plus(WARN_BEFORE))
          ? Check.warn(
              "certificate",
              detail + " (within 30 days)",
              "renew the broker CA certificate before it expires")
          : Check.ok("certificate", detail);
    } catch (IOException | CertificateException e) {
      return Check.fail(
          "certificate",
          "cannot read " + pem + ": " + e.getMessage(),
          "check rebound.mqtt.tls.ca-file");
    }
  }
}
