package io.rebound.e2e;

import io.rebound.e2e.harness.Agent;
import io.rebound.e2e.harness.AppConfig;
import io.rebound.e2e.harness.Central;
import io.rebound.e2e.harness.CentralDb;
import io.rebound.e2e.harness.JdbcTarget;
import io.rebound.e2e.harness.Workspace;
import io.rebound.testing.FreePort;
import io.rebound.testing.MosquittoBroker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.TestInfo;

/**
 * Everything one test runs against: a real Mosquitto, a fresh PostgreSQL database, and the apps it
 * starts, all killed at {@link #close()}. Logs go to {@code e2e/target/e2e-logs/<test>/}.
 */
final class Rig implements AutoCloseable {
  final String name;
  final Path logs;
  final Path data;
  final MosquittoBroker broker;
  final JdbcTarget database;
  final CentralDb centralDb;
  private final Deque<Runnable> closers = new ArrayDeque<>();

  private Rig(String name) {
    this.name = name;
    this.logs = Workspace.freshLogDir(name);
    this.data = Workspace.freshDataDir(name);
    this.broker = MosquittoBroker.start(data.resolve("broker"), FreePort.find());
    this.database = SharedPostgres.get().createDatabase(name.toLowerCase());
    this.centralDb = new CentralDb(database);
  }

  static Rig start(TestInfo info) {
    String method = info.getTestMethod().map(m -> m.getName()).orElse("test");
    String cls = info.getTestClass().map(Class::getSimpleName).orElse("E2e");
    return new Rig(cls + "." + method);
  }

  AppConfig agentConfig(String storeId) {
    return Agent.config(
        storeId, data.resolve("agent-" + storeId), broker.host(), broker.port(), logs);
  }

  Agent agent(String storeId) {
    return agent(agentConfig(storeId));
  }

  Agent agent(AppConfig config) {
    Agent agent = Agent.start(config);
    closers.push(agent::close);
    return agent;
  }

  AppConfig centralConfig(String instance) {
    return Central.config(
        instance, broker.host(), broker.port(), database, data.resolve(instance), logs);
  }

  Central central(String instance) {
    return central(centralConfig(instance));
  }

  Central central(AppConfig config) {
    Central central = Central.start(config);
    closers.push(central::close);
    return central;
  }

  @Override
  public void close() {
    while (!closers.isEmpty()) {
      closers.pop().run();
    }
    broker.kill9();
  }
}
