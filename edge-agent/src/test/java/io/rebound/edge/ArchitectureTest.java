package io.rebound.edge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The edge agent and central share only the protocols contracts, never each other's code. */
class ArchitectureTest {
  private static final JavaClasses EDGE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.rebound.edge");

  @Test
  void edge_classes_never_depend_on_central_classes() {
    noClasses()
        .that()
        .resideInAPackage("io.rebound.edge..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.rebound.central..")
        .because("the store agent talks to central only through io.rebound.protocols messages")
        .check(EDGE);
  }
}
