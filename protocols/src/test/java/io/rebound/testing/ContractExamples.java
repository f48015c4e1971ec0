package io.rebound.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.schema.MessageKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The contract's example messages, shipped in the protocols test-jar under {@code
 * /examples/<schema-name>/} (valid) and {@code /examples/<schema-name>/invalid/} (invalid, each
 * wrapped with the field and rule that {@code ProtocolJson.decode} must report). Other modules'
 * tests may use them, e.g. to POST every invalid return request and expect a 4xx naming the field.
 */
public final class ContractExamples {
  private ContractExamples() {}

  /** A valid example: its resource name and its JSON. */
  public record Valid(MessageKind kind, String name, JsonNode json) {
    @Override
    public String toString() {
      return kind.schemaName() + "/" + name;
    }
  }

  /**
   * An invalid example. {@code field} and {@code rule} are what the record decode reports; {@code
   * schemaRejects} is false only for cross-field rules a JSON Schema cannot state.
   */
  public record Invalid(
      MessageKind kind,
      String name,
      String description,
      String field,
      String rule,
      boolean schemaRejects,
      JsonNode message) {
    @Override
    public String toString() {
      return kind.schemaName() + "/invalid/" + name;
    }
  }

  public static List<Valid> valid(MessageKind kind) {
    return list(kind.schemaName()).stream()
        .map(name -> new Valid(kind, name, read(kind.schemaName() + "/" + name)))
        .toList();
  }

  public static List<Invalid> invalid(MessageKind kind) {
    return list(kind.schemaName() + "/invalid").stream()
        .map(
            name -> {
              JsonNode w = read(kind.schemaName() + "/invalid/" + name);
              return new Invalid(
                  kind,
                  name,
                  w.path("description").asText(),
                  w.path("field").asText(),
                  w.path("rule").asText(),
                  w.path("schemaRejects").asBoolean(true),
                  w.get("message"));
            })
        .toList();
  }

  public static List<Valid> allValid() {
    return Stream.of(MessageKind.values()).flatMap(k -> valid(k).stream()).toList();
  }

  public static List<Invalid> allInvalid() {
    return Stream.of(MessageKind.values()).flatMap(k -> invalid(k).stream()).toList();
  }

  private static JsonNode read(String path) {
    try (InputStream in = ContractExamples.class.getResourceAsStream("/examples/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing example /examples/" + path);
      }
      return ProtocolJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code *.json} file names directly in an examples folder, sorted; works from a jar too. */
  private static List<String> list(String folder) {
    URL url = ContractExamples.class.getResource("/examples/" + folder);
    if (url == null) {
      return List.of();
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return listIn(jarFileSystem(uri).provider().getPath(uri));
      }
      return listIn(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot list /examples/" + folder, e);
    }
  }

  private static List<String> listIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList();
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
