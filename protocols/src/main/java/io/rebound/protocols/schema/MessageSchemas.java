package io.rebound.protocols.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates JSON documents against the contract's JSON Schemas (draft 2020-12), shipped in this jar
 * under {@code /schemas}. Thread-safe; schemas are loaded once.
 */
public final class MessageSchemas {
  /** Prefix of every schema {@code $id}; resolved to this jar's {@code schemas/} folder. */
  public static final String ID_PREFIX = "https://rebound.io/schemas/v1/";

  private static final MessageSchemas INSTANCE = new MessageSchemas();

  private final Map<MessageKind, JsonSchema> schemas = new EnumMap<>(MessageKind.class);

  private MessageSchemas() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(ID_PREFIX, "classpath:schemas/")));
    for (MessageKind kind : MessageKind.values()) {
      schemas.put(kind, factory.getSchema(SchemaLocation.of(kind.schemaId())));
    }
  }

  public static MessageSchemas instance() {
    return INSTANCE;
  }

  /** The schema violations of {@code json} as {@code path: message} lines; empty when valid. */
  public Set<String> violations(MessageKind kind, JsonNode json) {
    Set<ValidationMessage> messages = schemas.get(kind).validate(json);
    return messages.stream()
        .map(m -> m.getInstanceLocation() + ": " + m.getMessage())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Throws {@link InvalidMessageException} (rule {@code schema}) naming the first violation. */
  public void validate(MessageKind kind, JsonNode json) {
    Set<ValidationMessage> messages = schemas.get(kind).validate(json);
    if (!messages.isEmpty()) {
      ValidationMessage first =
          messages.stream()
              .sorted(
                  (a, b) ->
                      a.getInstanceLocation()
                          .toString()
                          .compareTo(b.getInstanceLocation().toString()))
              .findFirst()
              .orElseThrow();
      String field = first.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
      throw new InvalidMessageException(field, "schema", first.getMessage());
    }
  }

  /** Validates an envelope and then its payload against the schema of its event type. */
  public void validateEvent(JsonNode envelope) {
    validate(MessageKind.EVENT_ENVELOPE, envelope);
    EventType type = EventType.ofWireName(envelope.get("type").asText());
    MessageKind payloadKind =
        switch (type) {
          case RETURN_ACCEPTED -> MessageKind.RETURN_ACCEPTED;
        };
    try {
      validate(payloadKind, envelope.get("payload"));
    } catch (InvalidMessageException e) {
      throw e.under("payload");
    }
  }
}
