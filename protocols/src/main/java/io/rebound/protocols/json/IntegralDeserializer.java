package io.rebound.protocols.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.rebound.protocols.InvalidMessageException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.LongFunction;

/**
 * Reads {@code int} and {@code long} components with JSON Schema's notion of an integer: any JSON
 * number with no fractional part ({@code 1}, {@code 1.0}, {@code 1e2}), so the records accept
 * exactly what the schemas accept. Strings, booleans, fractions and out-of-range values are
 * rejected naming the rule ({@code type} or {@code range}). Null or absent is a Jackson mismatch
 * (so Jackson adds the property to its path) that {@link JsonErrors} reports as {@code required}.
 */
final class IntegralDeserializer<T extends Number> extends JsonDeserializer<T> {
  private final long min;
  private final long max;
  private final LongFunction<T> box;

  private IntegralDeserializer(long min, long max, LongFunction<T> box) {
    this.min = min;
    this.max = max;
    this.box = box;
  }

  static IntegralDeserializer<Integer> ints() {
    return new IntegralDeserializer<>(Integer.MIN_VALUE, Integer.MAX_VALUE, v -> (int) v);
  }

  static IntegralDeserializer<Long> longs() {
    return new IntegralDeserializer<>(Long.MIN_VALUE, Long.MAX_VALUE, Long::valueOf);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new InvalidMessageException("", "type", "must be an integer");
    }
    return box.apply(exact(p.getDecimalValue(), min, max));
  }

  /** {@code value} as a long within [min, max]; rule {@code type} or {@code range} otherwise. */
  static long exact(BigDecimal value, long min, long max) {
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw new InvalidMessageException("", "type", "must be an integer");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidMessageException("", "range", "is out of range");
    }
    return value.longValueExact();
  }

  /** Null and absent: thrown as Jackson's own mismatch so that the property path is kept. */
  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    throw MismatchedInputException.from(
        ctxt.getParser(), handledType(), JsonErrors.NULL_PRIMITIVE + " (absent or null)");
  }

  @Override
  public Class<?> handledType() {
    return Number.class;
  }
}
