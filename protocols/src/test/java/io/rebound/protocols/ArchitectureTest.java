package io.rebound.protocols;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** protocols is a plain library: both apps depend on it, it depends on no framework. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.rebound.protocols");

  @Test
  void contracts_depend_only_on_the_jdk_jackson_and_the_schema_validator() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "com.fasterxml.jackson..", "com.networknt..", "io.rebound.protocols..")
        .check(MAIN);
  }

  @Test
  void contracts_never_depend_on_a_framework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "jakarta..",
            "javax..",
            "org.eclipse.microprofile..",
            "io.vertx..",
            "io.smallrye..",
            "io.rebound.edge..",
            "io.rebound.central..")
        .check(MAIN);
  }
}
