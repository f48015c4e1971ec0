package io.rebound.edge.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The storage layer and the policy rules stay free of the layers above them. */
class StoreLayeringTest {
  private static final JavaClasses EDGE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.rebound.edge");

  @Test
  void store_knows_nothing_of_returns_http_or_sync() {
    noClasses()
        .that()
        .resideInAPackage("io.rebound.edge.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.rebound.edge.returns..",
            "io.rebound.edge.http..",
            "io.rebound.edge.mqtt..",
            "io.rebound.edge.outbox..",
            "io.rebound.edge.status..")
        .check(EDGE);
  }

  @Test
  void policy_rules_are_pure_and_see_history_only_through_the_ledger_view() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.rebound.edge.returns.policy", "io.rebound.edge.returns.policy.rules")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.rebound.edge.store..",
            "io.rebound.edge.http..",
            "io.rebound.edge.upstream..",
            "java.sql..",
            "java.time.Clock",
            "jakarta..",
            "io.quarkus..")
        .check(EDGE);
  }
}
