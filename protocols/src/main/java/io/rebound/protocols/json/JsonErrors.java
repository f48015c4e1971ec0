package io.rebound.protocols.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.rebound.protocols.InvalidMessageException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into {@link InvalidMessageException}s that name field and rule. */
final class JsonErrors {
  /** How Jackson (and {@link IntegralDeserializer}) start the message for a null primitive. */
  static final String NULL_PRIMITIVE = "Cannot map `null`";

  private JsonErrors() {}

  static InvalidMessageException translate(Exception e) {
    InvalidMessageException cause = findCause(e);
    if (e instanceof JsonMappingException jme) {
      String path = path(jme.getPath());
      if (cause != null) {
        return cause.under(path);
      }
      if (jme instanceof InvalidFormatException ife
          && ife.getTargetType() != null
          && ife.getTargetType().isEnum()) {
        String allowed =
            Arrays.stream(ife.getTargetType().getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return new InvalidMessageException(
            path, "enum", "'" + ife.getValue() + "' is not one of " + allowed);
      }
      if (jme instanceof MismatchedInputException mie) {
        return mismatched(mie, path);
      }
      StreamReadException read = find(e, StreamReadException.class);
      if (read instanceof InputCoercionException) {
        return new InvalidMessageException(path, "range", "is out of range");
      }
      if (read != null) {
        return new InvalidMessageException(path, "json-syntax", clean(read.getOriginalMessage()));
      }
      return new InvalidMessageException(path, "invalid", "is invalid");
    }
    if (cause != null) {
      return cause;
    }
    if (e instanceof JsonProcessingException jpe) {
      String where =
          jpe.getLocation() == null
              ? ""
              : " at line "
                  + jpe.getLocation().getLineNr()
                  + ", column "
                  + jpe.getLocation().getColumnNr();
      String why = jpe.getOriginalMessage() == null ? "" : ": " + clean(jpe.getOriginalMessage());
      return new InvalidMessageException("", "json-syntax", "body is not valid JSON" + where + why);
    }
    return new InvalidMessageException("", "json-syntax", "body is not valid JSON");
  }

  private static InvalidMessageException mismatched(MismatchedInputException e, String path) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("No content to map")) {
      return new InvalidMessageException(path, "json-syntax", "body is empty");
    }
    if (message.startsWith(NULL_PRIMITIVE)) {
      return new InvalidMessageException(path, "required", "is required");
    }
    String expected = e.getTargetType() == null ? "a value" : describe(e.getTargetType());
    return new InvalidMessageException(path, "type", "must be " + expected);
  }

  /** Jackson's sentence without source excerpts or marker locations. */
  private static String clean(String message) {
    if (message == null) {
      return "is invalid";
    }
    String firstLine = message.lines().findFirst().orElse("");
    int marker = firstLine.indexOf(" (start marker at");
    String sentence = marker > 0 ? firstLine.substring(0, marker) : firstLine;
    return sentence.replaceAll(", from `[^`]*`", "");
  }

  private static InvalidMessageException findCause(Throwable e) {
    return find(e, InvalidMessageException.class);
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type.isRecord()) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }
}
