package io.rebound.central;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Central and the edge agent share only the protocols contracts, never each other's code. */
class ArchitectureTest {
  private static final JavaClasses CENTRAL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.rebound.central");

  @Test
  void central_classes_never_depend_on_edge_classes() {
    noClasses()
        .that()
        .resideInAPackage("io.rebound.central..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.rebound.edge..")
        .because("central talks to store agents only through io.rebound.protocols messages")
        .check(CENTRAL);
  }
}
