package io.rebound.installer.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.rebound.installer.preflight.Check;
import io.rebound.installer.preflight.CheckStatus;
import io.rebound.installer.testing.Commands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateCheckTest {
  @TempDir static Path dir;
  static Path cert;

  @BeforeAll
  static void twoDayCertificate() {
    cert = dir.resolve("ca.crt");
    Commands.Output made =
        Commands.run(
            List.of(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Rebound doctor test",
                "-keyout",
                dir.resolve("ca.key").toString(),
                "-out",
                cert.toString()));
    assertThat(made.exit()).as(made.err()).isZero();
  }

  @Test
  void a_certificate_expiring_within_30_days_warns() {
    Check check = CertificateCheck.expiry(cert, Instant.now());
    assertThat(check.status()).isEqualTo(CheckStatus.WARN);
    assertThat(check.detail()).contains("within 30 days");
  }

  @Test
  void an_expired_certificate_fails_with_the_renewal_as_next_step() {
    Check check = CertificateCheck.expiry(cert, Instant.now().plus(Duration.ofDays(3)));
    assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(check.nextStep()).contains("renewed CA certificate");
  }

  @Test
  void a_certificate_valid_for_longer_is_ok() {
    assertThat(CertificateCheck.expiry(cert, Instant.now().minus(Duration.ofDays(60))).status())
        .isEqualTo(CheckStatus.OK);
  }

  @Test
  void an_unreadable_certificate_fails_naming_the_config_key() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
    Check check = CertificateCheck.expiry(junk, Instant.now());
    assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(check.nextStep()).contains("rebound.mqtt.tls.ca-file");
  }
}
