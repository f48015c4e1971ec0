package io.rebound.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A throw-away CA and a broker certificate for 127.0.0.1/localhost, made with openssl. */
final class TestCertificates {
  static final String CA_CERT = "ca.crt";
  private static final String OPENSSL = "openssl";

  private TestCertificates() {}

  /** Creates the files in {@code dir}; returns the Mosquitto listener lines that use them. */
  static List<String> create(Path dir) throws IOException {
    String d = dir.toString() + "/";
    Files.writeString(dir.resolve("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    MosquittoBroker.run(
        OPENSSL,
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=Rebound test CA",
        "-keyout",
        d + "ca.key",
        "-out",
        d + CA_CERT);
    MosquittoBroker.run(
        OPENSSL,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        d + "broker.key",
        "-out",
        d + "broker.csr");
    MosquittoBroker.run(
        OPENSSL,
        "x509",
        "-req",
        "-in",
        d + "broker.csr",
        "-CA",
        d + CA_CERT,
        "-CAkey",
        d + "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        d + "san.ext",
        "-out",
        d + "broker.crt");
    return List.of(
        "cafile " + d + CA_CERT, "certfile " + d + "broker.crt", "keyfile " + d + "broker.key");
  }
}
