package io.rebound.edge.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The storage layer and the decision seam stay free of the layers above them. */
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
  void decisions_depend_on_the_request_and_mode_only() {
    noClasses()
        .that()
        .resideInAPackage("io.rebound.edge.returns.decision..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.rebound.edge.store..",
            "io.rebound.edge.http..",
            "io.rebound.edge.upstream..",
            "java.sql..",
            "java.time.Clock")
        .check(EDGE);
  }
}
