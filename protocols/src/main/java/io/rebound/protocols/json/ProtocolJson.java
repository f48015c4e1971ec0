package io.rebound.protocols.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.rebound.protocols.InvalidMessageException;
import java.io.IOException;

/**
 * The one JSON codec for every Rebound message. Strict on input (no float-to-int, no
 * string-to-number coercion, no null for primitives), lenient about unknown properties (minor
 * schema versions add optional fields), and every failure is an {@link
 * io.rebound.protocols.InvalidMessageException} naming the field and the rule.
 */
public final class ProtocolJson {
  private static final ObjectMapper MAPPER = newMapper();

  private ProtocolJson() {}

  /** A new mapper configured for Rebound messages; safe to share once built. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new ProtocolModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfigDefaults(
            c ->
                c.setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }

  /** The shared mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** UTF-8 JSON of a message; absent (null) optional fields are omitted. */
  public static byte[] toBytes(Object message) {
    try {
      return MAPPER.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + message.getClass().getSimpleName(), e);
    }
  }

  /** JSON text of a message; absent (null) optional fields are omitted. */
  public static String toJson(Object message) {
    try {
      return MAPPER.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + message.getClass().getSimpleName(), e);
    }
  }

  /** JSON tree of a message; absent (null) optional fields are omitted. */
  public static JsonNode toTree(Object message) {
    return MAPPER.valueToTree(message);
  }

  /** Decodes and validates; throws {@link io.rebound.protocols.InvalidMessageException}. */
  public static <T> T decode(byte[] json, Class<T> type) {
    try {
      return present(MAPPER.readValue(json, type));
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  /** Decodes and validates; throws {@link io.rebound.protocols.InvalidMessageException}. */
  public static <T> T decode(String json, Class<T> type) {
    try {
      return present(MAPPER.readValue(json, type));
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  /** Decodes and validates; throws {@link io.rebound.protocols.InvalidMessageException}. */
  public static <T> T decode(JsonNode json, Class<T> type) {
    try {
      return present(MAPPER.treeToValue(json, type));
    } catch (IOException | IllegalArgumentException e) {
      throw JsonErrors.translate(e);
    }
  }

  /** A JSON {@code null} document is not a message. */
  private static <T> T present(T value) {
    if (value == null) {
      throw new InvalidMessageException("", "type", "must be a JSON object, not null");
    }
    return value;
  }

  /** Parses syntax only (rule {@code json-syntax} on failure, including an empty document). */
  public static JsonNode parseTree(byte[] json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new com.fasterxml.jackson.core.JsonParseException(null, "empty document");
      }
      return node;
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }
}
