package io.rebound.protocols.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.json.ProtocolJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Reads the shipped schema files as plain JSON and follows their relative {@code $ref}s. */
final class SchemaTree {
  /** A schema node together with the file it lives in (needed to resolve its refs). */
  record Node(String file, JsonNode json) {
    Node property(String name) {
      JsonNode p = resolve().json().path("properties").get(name);
      return p == null ? null : new Node(file, p).resolve();
    }

    Node items() {
      return new Node(file, resolve().json().path("items")).resolve();
    }

    /** Follows {@code $ref} until a node without one; keeps the referring node's keywords. */
    Node resolve() {
      JsonNode ref = json.get("$ref");
      if (ref == null) {
        return this;
      }
      String text = ref.asText();
      int hash = text.indexOf('#');
      String target = hash == 0 ? file : hash < 0 ? text : text.substring(0, hash);
      JsonNode doc = load(target);
      JsonNode resolved = hash < 0 ? doc : doc.at(text.substring(hash + 1));
      if (resolved.isMissingNode()) {
        throw new IllegalStateException("unresolvable $ref " + text + " in " + file);
      }
      return new Node(target, resolved).resolve();
    }
  }

  private static final Map<String, JsonNode> CACHE = new HashMap<>();

  private SchemaTree() {}

  static Node root(MessageKind kind) {
    String file = kind.schemaName() + ".schema.json";
    return new Node(file, load(file));
  }

  static synchronized JsonNode load(String file) {
    return CACHE.computeIfAbsent(
        file,
        f -> {
          try (InputStream in = SchemaTree.class.getResourceAsStream("/schemas/" + f)) {
            if (in == null) {
              throw new IllegalStateException("no schema /schemas/" + f);
            }
            return ProtocolJson.mapper().readTree(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
