package io.rebound.protocols.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.envelope.EventPayload;
import io.rebound.protocols.envelope.EventType;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.testing.ContractExamples;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schemas and records describe the same messages: for every record reached from a message kind, the
 * schema's {@code properties} are exactly the record's components, its {@code required} list is
 * exactly the components the record's constructor refuses to see null (found by reflection: each
 * component of a real decoded example is set to null in turn), and enum properties list exactly the
 * Java constants' wire names.
 */
class SchemaRecordAgreementTest {

  @ParameterizedTest
  @EnumSource(MessageKind.class)
  void schema_and_record_agree_on_properties_required_fields_and_enums(MessageKind kind) {
    Set<Class<?>> visited = new HashSet<>();
    for (ContractExamples.Valid example : ContractExamples.valid(kind)) {
      Object record = ProtocolJson.decode(example.json(), kind.recordType());
      compare(record, SchemaTree.root(kind), kind.schemaName(), visited);
    }
    assertThat(visited)
        .as("every object record reachable from %s appears in one of its examples", kind)
        .containsAll(objectRecordsReachableFrom(kind.recordType()));
  }

  @Test
  void the_reflection_finds_what_it_should_on_a_known_record() {
    // guards the test itself: ReturnRequest has exactly three required components
    Object request =
        ProtocolJson.decode(
            ContractExamples.valid(MessageKind.RETURN_REQUEST).get(0).json(),
            MessageKind.RETURN_REQUEST.recordType());
    assertThat(requiredComponents(request))
        .containsExactlyInAnyOrder("terminalId", "lines", "refundPreference");
  }

  private void compare(Object record, SchemaTree.Node schema, String path, Set<Class<?>> visited) {
    Class<?> type = record.getClass();
    visited.add(type);
    JsonNode json = schema.resolve().json();
    Set<String> components = componentNames(type);
    assertThat(names(json.path("properties"))).as(path + " properties").isEqualTo(components);
    assertThat(new TreeSet<>(texts(json.path("required"))))
        .as(path + " required")
        .isEqualTo(new TreeSet<>(requiredComponents(record)));
    for (RecordComponent c : type.getRecordComponents()) {
      Object value = invoke(c, record);
      SchemaTree.Node property = schema.property(c.getName());
      String at = path + "." + c.getName();
      if (c.getType().isEnum()) {
        assertThat(texts(property.json().path("enum")))
            .as(at + " enum")
            .containsExactlyInAnyOrderElementsOf(wireNames(c.getType()));
      }
      if (value instanceof EventPayload payload) {
        SchemaTree.Node payloadSchema = SchemaTree.root(payloadKind(payload));
        compare(payload, payloadSchema, at, visited);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (isObjectRecord(list.get(i))) {
            compare(list.get(i), property.items(), at + "[" + i + "]", visited);
          }
        }
      } else if (isObjectRecord(value)) {
        compare(value, property, at, visited);
      }
    }
  }

  private static MessageKind payloadKind(EventPayload payload) {
    EventType type = EventType.of(payload);
    return Arrays.stream(MessageKind.values())
        .filter(k -> k.schemaName().equals(type.wireName()))
        .findFirst()
        .orElseThrow();
  }

  /** Components whose null (or, for primitives, absence) the record rejects as "required". */
  private static List<String> requiredComponents(Object record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    List<String> required = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getType().isPrimitive()) {
        required.add(components[i].getName());
        continue;
      }
      Object[] args = Arrays.stream(components).map(c -> invoke(c, record)).toArray();
      args[i] = null;
      try {
        canonical(record.getClass()).newInstance(args);
      } catch (InvocationTargetException e) {
        InvalidMessageException ime = (InvalidMessageException) e.getCause();
        assertThat(ime.field()).isEqualTo(components[i].getName());
        assertThat(ime.rule()).isEqualTo("required");
        required.add(components[i].getName());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return required;
  }

  private static Set<Class<?>> objectRecordsReachableFrom(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    List<Class<?>> queue = new ArrayList<>(List.of(root));
    while (!queue.isEmpty()) {
      Class<?> type = queue.remove(0);
      if (!type.isRecord() || !found.add(type)) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> e) {
          queue.add(e);
        }
        queue.add(c.getType());
      }
    }
    found.removeIf(t -> !componentsSerializeAsObject(t));
    return found;
  }

  /** Records with a bean serializer are JSON objects; value types have string serializers. */
  private static boolean componentsSerializeAsObject(Class<?> type) {
    try {
      return ProtocolJson.mapper().getSerializerProviderInstance().findValueSerializer(type)
          instanceof BeanSerializer;
    } catch (JsonMappingException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isObjectRecord(Object value) {
    return value != null && value.getClass().isRecord() && ProtocolJson.toTree(value).isObject();
  }

  private static Set<String> componentNames(Class<?> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> wireNames(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(constant -> ProtocolJson.toTree(constant).asText())
        .toList();
  }

  private static Object invoke(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
    Class<?>[] types =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    return type.getDeclaredConstructor(types);
  }
}
