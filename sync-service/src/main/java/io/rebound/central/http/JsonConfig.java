package io.rebound.central.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rebound.protocols.json.ProtocolJson;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The HTTP API writes JSON with the protocols codec, so ids, {@code Money} and instants have the
 * same wire form as in the MQTT messages.
 */
public class JsonConfig {
  @Produces
  @Singleton
  ObjectMapper objectMapper() {
    return ProtocolJson.newMapper();
  }
}
