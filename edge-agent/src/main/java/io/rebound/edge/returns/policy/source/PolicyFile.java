package io.rebound.edge.returns.policy.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and validates the store's policy file (JSON, schema {@code store-policy}): {@code
 * rebound.policy.file} if set (it must exist), else {@code <data-dir>/policy.json} if it exists,
 * else the built-in defaults ({@link StorePolicy#defaults()}).
 */
public final class PolicyFile {
  /** The file name looked for in the data directory. */
  public static final String DEFAULT_NAME = "policy.json";

  static final String KEY = "rebound.policy.file";

  private PolicyFile() {}

  /** The policy in force for {@code configured} ({@code rebound.policy.file}) and the data dir. */
  public static LoadedPolicy resolve(Optional<Path> configured, Path dataDir) {
    if (configured.isPresent()) {
      return new LoadedPolicy(load(configured.get()), configured.get().toAbsolutePath().toString());
    }
    Path inDataDir = dataDir.resolve(DEFAULT_NAME);
    if (Files.exists(inDataDir)) {
      return new LoadedPolicy(load(inDataDir), inDataDir.toAbsolutePath().toString());
    }
    return new LoadedPolicy(StorePolicy.defaults(), "built-in defaults");
  }

  /** Reads and validates {@code file}; {@link PolicyFileException} names file, field and rule. */
  public static StorePolicy load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyFileException(
          KEY + ": cannot read the policy file " + file.toAbsolutePath() + ": " + e, e);
    }
    try {
      JsonNode tree = ProtocolJson.parseTree(bytes);
      StorePolicy policy = ProtocolJson.decode(tree, StorePolicy.class);
      MessageSchemas.instance().validate(MessageKind.STORE_POLICY, tree);
      return policy;
    } catch (InvalidMessageException e) {
      String field = e.field().isEmpty() ? "" : " field " + e.field();
      throw new PolicyFileException(
          KEY
              + ": the policy file "
              + file.toAbsolutePath()
              + " is invalid:"
              + field
              + " "
              + e.detail()
              + " (rule "
              + e.rule()
              + ")",
          e);
    }
  }
}
