package dev.hashvet;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The package table of docs/architecture.md, checked on the compiled classes: each package may
 * depend on the hashvet packages the table names and on no other. A forbidden import fails the
 * build with the class and the line that made it.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.hashvet");

  private static final String ROOT = "dev.hashvet";

  @TestFactory
  Stream<DynamicTest> everyPackageKeepsToItsTable() {
    List<ArchRule> rules = new ArrayList<>();
    rules.add(only("dev.hashvet", ROOT));
    rules.add(only("dev.hashvet.text..", ROOT, "dev.hashvet.text.."));
    rules.add(only("dev.hashvet.garm..", ROOT, "dev.hashvet.garm.."));
    rules.add(only("dev.hashvet.config..", ROOT, "dev.hashvet.config..", "dev.hashvet.garm.."));
    rules.add(only("dev.hashvet.fetch..", ROOT, "dev.hashvet.fetch..", "dev.hashvet.config..",
        "dev.hashvet.text..", "dev.hashvet.context.."));
    rules.add(only("dev.hashvet.context..", "dev.hashvet.context.."));
    rules.add(only("dev.hashvet.rules..", ROOT, "dev.hashvet.rules..", "dev.hashvet.text..",
        "dev.hashvet.garm..", "dev.hashvet.context.."));
    rules.add(only("dev.hashvet.rules.dates..", ROOT, "dev.hashvet.rules.dates..",
        "dev.hashvet.rules"));
    rules.add(only("dev.hashvet.vet..", ROOT, "dev.hashvet.vet..", "dev.hashvet.text..",
        "dev.hashvet.fetch..", "dev.hashvet.rules..", "dev.hashvet.config..",
        "dev.hashvet.garm..", "dev.hashvet.context.."));
    rules.add(never("dev.hashvet.report..", "dev.hashvet.calendar..", "dev.hashvet.cli..",
        "dev.hashvet.shell..", "dev.hashvet.fetch.."));
    rules.add(never("dev.hashvet.calendar..", "dev.hashvet.cli..", "dev.hashvet.shell.."));
    rules.add(never("dev.hashvet.shell..", "dev.hashvet.cli..", "dev.hashvet.calendar.."));
    for (String core : List.of("context", "text", "fetch", "rules", "vet", "config", "garm")) {
      rules.add(never("dev.hashvet." + core + "..", "dev.hashvet.cli..", "dev.hashvet.report..",
          "dev.hashvet.shell..", "dev.hashvet.calendar.."));
    }
    rules.add(noClasses().that().doNotHaveFullyQualifiedName("dev.hashvet.cli.Main")
        .should().callMethod(System.class, "exit", int.class)
        .as("only cli.Main calls System.exit"));
    return rules.stream().map(r -> DynamicTest.dynamicTest(r.getDescription(),
        () -> r.check(CLASSES)));
  }

  /** Classes in {@code pkg} depend on no hashvet package but {@code allowed}. */
  private static ArchRule only(String pkg, String... allowed) {
    return noClasses().that().resideInAPackage(pkg)
        .should().dependOnClassesThat(resideInAPackage("dev.hashvet..")
            .and(DescribedPredicate.not(resideInAnyPackage(allowed))))
        .as(pkg + " depends only on " + String.join(", ", allowed))
        .allowEmptyShould(true);
  }

  /** Classes in {@code pkg} depend on none of {@code forbidden}. */
  private static ArchRule never(String pkg, String... forbidden) {
    return noClasses().that().resideInAPackage(pkg)
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .as(pkg + " never depends on " + String.join(", ", forbidden))
        .allowEmptyShould(true);
  }
}
