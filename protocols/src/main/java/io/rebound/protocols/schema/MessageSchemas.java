package io.rebound.protocols.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.envelope.SchemaVersion;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Validates JSON documents against the contract's JSON Schemas (draft 2020-12), shipped in this jar
 * under {@code /schemas}. Every {@code $id} starts with {@link #ID_PREFIX} and is resolved to this
 * jar's {@code schemas/} folder, never fetched over the network; {@code format} keywords (e.g.
 * {@code date-time}) are asserted, not just annotated.
 *
 * <p>Violations are reported as {@link InvalidMessageException}s whose field is the dotted path of
 * the offending value (for a missing property: the property itself, e.g. {@code lines[0].sku}) and
 * whose rule is {@code schema}; the detail is the validator's sentence (e.g. {@code required
 * property 'sku' not found}, {@code does not match the regex pattern ...}). Thread-safe; all
 * schemas are loaded once, at class initialisation.
 */
public final class MessageSchemas {
  /** Prefix of every schema {@code $id}; resolved to this jar's {@code schemas/} folder. */
  public static final String ID_PREFIX = "https://rebound.io/schemas/v1/";

  /** Keywords that only combine other results; their own message is the least specific. */
  private static final Set<String> COMBINATORS = Set.of("anyOf", "oneOf", "allOf", "if", "then");

  private static final MessageSchemas INSTANCE = new MessageSchemas();

  private final Map<MessageKind, JsonSchema> schemas = new EnumMap<>(MessageKind.class);

  private MessageSchemas() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:schemas/")));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.LEGACY)
            .build();
    for (MessageKind kind : MessageKind.values()) {
      JsonSchema schema = factory.getSchema(SchemaLocation.of(kind.schemaId()), config);
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
  }

  /** The shared instance; its construction fails fast if any schema is missing or broken. */
  public static MessageSchemas instance() {
    return INSTANCE;
  }

  /**
   * The violations of {@code json} against {@code kind}'s own schema as {@code field: message}
   * lines; empty when valid. For an envelope this does not look into the payload.
   */
  public Set<String> violations(MessageKind kind, JsonNode json) {
    return schemas.get(kind).validate(json).stream()
        .map(m -> fieldOf(m) + ": " + detailOf(m))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Every violation of {@code json} against {@code kind}'s own schema, most specific first; empty
   * when valid. For an envelope this does not look into the payload.
   */
  public List<InvalidMessageException> violationList(MessageKind kind, JsonNode json) {
    return schemas.get(kind).validate(json).stream()
        .sorted(MOST_SPECIFIC_FIRST)
        .map(MessageSchemas::toException)
        .toList();
  }

  /**
   * Throws {@link InvalidMessageException} naming the most specific violation, if any. For {@link
   * MessageKind#EVENT_ENVELOPE} this is {@link #validateEvent}: the payload is checked too.
   */
  public void validate(MessageKind kind, JsonNode json) {
    if (kind == MessageKind.EVENT_ENVELOPE) {
      validateEvent(json);
    } else {
      validateOne(kind, json);
    }
  }

  private void validateOne(MessageKind kind, JsonNode json) {
    List<InvalidMessageException> violations = violationList(kind, json);
    if (!violations.isEmpty()) {
      throw violations.get(0);
    }
  }

  /**
   * Validates an event envelope, then its payload against the schema of its event type. The schema
   * version is checked first, so that a message of another major is rejected with rule {@code
   * supported-major} naming both versions rather than with a pattern violation.
   */
  public void validateEvent(JsonNode envelope) {
    if (envelope == null || envelope.isMissingNode()) {
      throw new InvalidMessageException("", "required", "an event envelope is required");
    }
    if (envelope.isObject()) {
      JsonNode version = envelope.get("schemaVersion");
      if (version != null && version.isTextual()) {
        SchemaVersion.parse(version.asText()).requireSupported();
      }
    }
    validateOne(MessageKind.EVENT_ENVELOPE, envelope);
    MessageKind payloadKind =
        switch (EventType.ofWireName(envelope.get("type").asText())) {
          case RETURN_ACCEPTED -> MessageKind.RETURN_ACCEPTED;
          case RETURN_INSPECTED -> MessageKind.RETURN_INSPECTED;
          case RETURN_APPROVAL_DECIDED -> MessageKind.RETURN_APPROVAL_DECIDED;
          case AUDIT_RECORDED -> MessageKind.AUDIT_RECORDED;
          case RETURN_STORE_CREDIT_ISSUED -> MessageKind.RETURN_STORE_CREDIT_ISSUED;
        };
    try {
      validateOne(payloadKind, envelope.get("payload"));
    } catch (InvalidMessageException e) {
      throw e.under("payload");
    }
  }

  private static final Comparator<ValidationMessage> MOST_SPECIFIC_FIRST =
      Comparator.<ValidationMessage>comparingInt(m -> COMBINATORS.contains(m.getType()) ? 1 : 0)
          .thenComparing(m -> -fieldOf(m).length())
          .thenComparing(MessageSchemas::fieldOf)
          .thenComparing(ValidationMessage::getType);

  private static InvalidMessageException toException(ValidationMessage m) {
    return new InvalidMessageException(fieldOf(m), "schema", detailOf(m));
  }

  /** The validator's sentence without its own location prefix. */
  private static String detailOf(ValidationMessage m) {
    String error = m.getError();
    return error == null || error.isBlank() ? m.getMessage() : error;
  }

  /** The dotted path of the offending value; for {@code required}, the missing property. */
  private static String fieldOf(ValidationMessage m) {
    String path = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
    if ("required".equals(m.getType()) && m.getProperty() != null) {
      return path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
    }
    return path;
  }
}
