package io.rebound.protocols.requests;

import io.rebound.protocols.schema.MessageKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The MQTT 5 content type that tells which message kind a request or response carries: {@code
 * application/vnd.rebound.<schemaName>+json}, e.g. {@code
 * application/vnd.rebound.credit-block-request+json}. Every publish on {@code …/requests} and
 * {@code …/responses} sets it.
 */
public final class RequestContentTypes {
  /** Kinds published on {@code …/requests}. */
  public static final Set<MessageKind> REQUESTS =
      EnumSet.of(
          MessageKind.REFUND_AUTHORIZATION_REQUEST,
          MessageKind.CREDIT_BLOCK_REQUEST,
          MessageKind.RETURN_UPDATES_REQUEST);

  /** Kinds published on {@code …/responses}. */
  public static final Set<MessageKind> RESPONSES =
      EnumSet.of(
          MessageKind.REFUND_AUTHORIZATION_RESPONSE,
          MessageKind.CREDIT_BLOCK_GRANT,
          MessageKind.RETURN_UPDATES);

  private static final String PREFIX = "application/vnd.rebound.";
  private static final String SUFFIX = "+json";

  private RequestContentTypes() {}

  /** The content type of {@code kind}. */
  public static String of(MessageKind kind) {
    return PREFIX + kind.schemaName() + SUFFIX;
  }

  /** The kind named by {@code contentType}, if it is one of {@code allowed}. */
  public static Optional<MessageKind> kindOf(String contentType, Set<MessageKind> allowed) {
    if (contentType == null) {
      return Optional.empty();
    }
    for (MessageKind kind : allowed) {
      if (of(kind).equals(contentType)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
