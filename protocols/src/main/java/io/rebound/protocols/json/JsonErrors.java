package io.rebound.protocols.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.rebound.protocols.InvalidMessageException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into {@link InvalidMessageException}s that name field and rule. */
final class JsonErrors {
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
        String expected = mie.getTargetType() == null ? "value" : describe(mie.getTargetType());
        return new InvalidMessageException(path, "type", "must be " + expected);
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
      return new InvalidMessageException("", "json-syntax", "body is not valid JSON" + where);
    }
    return new InvalidMessageException("", "json-syntax", "body is not valid JSON");
  }

  private static InvalidMessageException findCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidMessageException ime) {
        return ime;
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
