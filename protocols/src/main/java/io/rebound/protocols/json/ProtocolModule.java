package io.rebound.protocols.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.envelope.SchemaVersion;
import io.rebound.protocols.envelope.Traceparent;
import io.rebound.protocols.ids.AuthorizationId;
import io.rebound.protocols.ids.CentralInstanceId;
import io.rebound.protocols.ids.CommandId;
import io.rebound.protocols.ids.CreditBlockId;
import io.rebound.protocols.ids.EventId;
import io.rebound.protocols.ids.RequestId;
import io.rebound.protocols.ids.ReturnId;
import io.rebound.protocols.ids.StoreId;
import io.rebound.protocols.ids.TerminalId;
import io.rebound.protocols.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Wire forms of the value types: ids and versions as strings, money as amount + currency. */
final class ProtocolModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final String INSTANT_RULE =
      "must be an RFC 3339 instant in UTC such as 2026-11-20T10:15:00Z";

  ProtocolModule() {
    super("rebound-protocols");
    text(StoreId.class, StoreId::of, StoreId::value);
    text(TerminalId.class, TerminalId::of, TerminalId::value);
    text(ReturnId.class, ReturnId::parse, ReturnId::toString);
    text(EventId.class, EventId::parse, EventId::toString);
    text(CommandId.class, CommandId::parse, CommandId::toString);
    text(RequestId.class, RequestId::parse, RequestId::toString);
    text(AuthorizationId.class, AuthorizationId::parse, AuthorizationId::toString);
    text(CreditBlockId.class, CreditBlockId::parse, CreditBlockId::toString);
    text(CentralInstanceId.class, CentralInstanceId::of, CentralInstanceId::value);
    text(SchemaVersion.class, SchemaVersion::parse, SchemaVersion::toString);
    text(Traceparent.class, Traceparent::parse, Traceparent::value);
    text(EventType.class, EventType::ofWireName, EventType::wireName);
    text(Instant.class, ProtocolModule::instant, UtcInstants::format);
    addDeserializer(int.class, IntegralDeserializer.ints());
    addDeserializer(long.class, IntegralDeserializer.longs());
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    addDeserializer(io.rebound.protocols.envelope.EventEnvelope.class, new EnvelopeDeserializer());
  }

  private <T> void text(Class<T> type, Function<String, T> parse, Function<T, String> format) {
    addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
              throws IOException {
            gen.writeString(format.apply(value));
          }
        });
    addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              throw new InvalidMessageException("", "type", "must be a string");
            }
            try {
              return parse.apply(p.getText());
            } catch (InvalidMessageException e) {
              // the property path is added by the caller; the value names no field of its own
              throw new InvalidMessageException("", e.rule(), e.detail());
            }
          }
        });
  }

  /** UTC with {@code Z} only, as {@code common.schema.json#/$defs/instant} says. */
  static Instant instant(String text) {
    if (!UtcInstants.wellFormed(text)) {
      throw new InvalidMessageException("", "date-time", INSTANT_RULE);
    }
    try {
      return UtcInstants.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidMessageException("", "date-time", INSTANT_RULE);
    }
  }

  private static final class MoneySerializer extends JsonSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.amountText());
      gen.writeStringField("currency", value.currency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  private static final class MoneyDeserializer extends JsonDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new InvalidMessageException(
            "", "type", "must be an object {\"amount\":\"49.99\",\"currency\":\"USD\"}");
      }
      JsonNode node = ctxt.readTree(p);
      JsonNode amount = node.get("amount");
      JsonNode currency = node.get("currency");
      if (amount != null && !amount.isNull() && !amount.isTextual()) {
        throw new InvalidMessageException(
            "amount", "decimal-string", "must be a decimal string such as \"49.99\", not a number");
      }
      if (currency != null && !currency.isNull() && !currency.isTextual()) {
        throw new InvalidMessageException("currency", "type", "must be a string");
      }
      return Money.of(
          amount == null || amount.isNull() ? null : amount.asText(),
          currency == null || currency.isNull() ? null : currency.asText());
    }
  }
}
