package io.rebound.edge.commands;

import io.rebound.edge.mqtt.InboundMessage;
import io.rebound.edge.mqtt.MqttConnection;
import io.rebound.edge.returns.policy.source.ActivePolicy;
import io.rebound.edge.returns.policy.source.CentralPolicyRows;
import io.rebound.edge.store.WriteLane;
import io.rebound.protocols.InvalidMessageException;
import io.rebound.protocols.commands.StoreCommand;
import io.rebound.protocols.json.ProtocolJson;
import io.rebound.protocols.policy.StorePolicy;
import io.rebound.protocols.receipts.ReceiptKeySet;
import io.rebound.protocols.schema.MessageKind;
import io.rebound.protocols.schema.MessageSchemas;
import io.rebound.protocols.topics.TopicKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Applies central's {@link StoreCommand}s from {@code …/commands}. Each command is committed by the
 * write lane (never on the MQTT thread) and only if its version is newer than what the store has,
 * so repeats (central resends on every reconnect) and out-of-order arrivals change nothing; the new
 * policy or key set is put in force after the commit. Malformed commands and commands for another
 * store are logged and ignored.
 */
@ApplicationScoped
public class CommandIntake {
  private static final Logger LOG = Logger.getLogger(CommandIntake.class);

  private final MqttConnection connection;
  private final WriteLane lane;
  private final ActivePolicy policy;
  private final ReceiptKeyring keyring;
  private final Clock clock;

  CommandIntake(
      MqttConnection connection,
      WriteLane lane,
      ActivePolicy policy,
      ReceiptKeyring keyring,
      Clock clock) {
    this.connection = connection;
    this.lane = lane;
    this.policy = policy;
    this.keyring = keyring;
    this.clock = clock;
  }

  void onMessage(@Observes InboundMessage message) {
    if (message.topic().kind() == TopicKind.COMMANDS) {
      accept(message.payload());
    }
  }

  /** Decodes, checks and submits one command; the returned outcome is logged when committed. */
  void accept(byte[] payload) {
    StoreCommand command;
    try {
      MessageSchemas.instance()
          .validate(MessageKind.STORE_COMMAND, ProtocolJson.parseTree(payload));
      command = ProtocolJson.decode(payload, StoreCommand.class);
    } catch (InvalidMessageException e) {
      LOG.warnf("ignoring a malformed store command: %s", e.getMessage());
      return;
    }
    if (!command.storeId().equals(connection.storeId())) {
      LOG.warnf(
          "ignoring command %s for store %s (this is %s)",
          command.commandId(), command.storeId(), connection.storeId());
      return;
    }
    switch (command.type()) {
      case POLICY_UPDATE -> applyPolicy(command, command.payload().policy());
      case RECEIPT_KEYS -> applyKeys(command, command.payload().receiptKeys());
    }
  }

  private void applyPolicy(StoreCommand command, StorePolicy update) {
    if (update.policyVersion() <= policy.policy().policyVersion()) {
      logCurrent(command, "policy v" + update.policyVersion(), policy.policy().policyVersion());
      return;
    }
    Instant now = clock.instant();
    lane.submit(c -> CentralPolicyRows.storeIfNewer(c, update, command.commandId(), now))
        .whenComplete(
            (stored, error) -> {
              if (error != null) {
                LOG.errorf(
                    error,
                    "command %s: policy v%d not stored",
                    command.commandId(),
                    update.policyVersion());
              } else {
                boolean swapped =
                    policy.swapIfNewer(update, "central (command " + command.commandId() + ")");
                log(command, "policy v" + update.policyVersion(), stored && swapped);
              }
            });
  }

  private void applyKeys(StoreCommand command, ReceiptKeySet keys) {
    if (keys.version() <= keyring.current().version()) {
      logCurrent(command, "receipt keys v" + keys.version(), keyring.current().version());
      return;
    }
    Instant now = clock.instant();
    lane.submit(c -> ReceiptKeyRows.replaceIfNewer(c, keys, command.commandId(), now))
        .whenComplete(
            (stored, error) -> {
              if (error != null) {
                LOG.errorf(
                    error,
                    "command %s: receipt keys v%d not stored",
                    command.commandId(),
                    keys.version());
              } else {
                boolean replaced = keyring.replaceIfNewer(keys);
                log(
                    command,
                    "receipt keys v" + keys.version() + " (" + keys.keys().size() + " key(s))",
                    stored && replaced);
              }
            });
  }

  private static void log(StoreCommand command, String what, boolean applied) {
    CommandOutcome outcome = applied ? CommandOutcome.APPLIED : CommandOutcome.ALREADY_CURRENT;
    LOG.infof("command %s (%s): %s %s", command.commandId(), command.type(), what, outcome);
  }

  private static void logCurrent(StoreCommand command, String what, int inForce) {
    LOG.infof(
        "command %s (%s): %s %s (v%d in force)",
        command.commandId(), command.type(), what, CommandOutcome.ALREADY_CURRENT, inForce);
  }
}
