package io.rebound.protocols.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

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
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /** The shared mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] toBytes(Object message) {
    try {
      return MAPPER.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + message.getClass().getSimpleName(), e);
    }
  }

  public static String toJson(Object message) {
    try {
      return MAPPER.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + message.getClass().getSimpleName(), e);
    }
  }

  public static JsonNode toTree(Object message) {
    return MAPPER.valueToTree(message);
  }

  /** Decodes and validates; throws {@link io.rebound.protocols.InvalidMessageException}. */
  public static <T> T decode(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  public static <T> T decode(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    }
  }

  public static <T> T decode(JsonNode json, Class<T> type) {
    try {
      return MAPPER.treeToValue(json, type);
    } catch (IOException e) {
      throw JsonErrors.translate(e);
    } catch (IllegalArgumentException e) {
      throw JsonErrors.translate(e);
    }
  }

  /** Parses syntax only. */
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

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
