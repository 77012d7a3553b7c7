package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every example of every bundled rule and term list as its own test. */
class RuleExamplesTest {
  private static final Pipeline PIPELINE = TestBooks.pipeline(List.of());

  @TestFactory
  Stream<DynamicTest> everyBundledExample() {
    return new RuleTester(PIPELINE).runAll().stream()
        .map(c -> DynamicTest.dynamicTest(c.subject() + " " + c.name(), () ->
            assertThat(c.passed()).as(c.where() + ": " + c.problem()).isTrue()));
  }

  @Test
  void everyRuleHasAFlagAndAPassCase() {
    for (Rule r : PIPELINE.book().rules()) {
      assertThat(r.examples()).as(r.id()).anyMatch(RuleExample::flag);
      assertThat(r.examples()).as(r.id() + " has no pass case").anyMatch(e -> !e.flag());
    }
  }

  @Test
  void everyTermListHasExamplesBothWays() {
    for (TermList l : PIPELINE.book().terms().all()) {
      assertThat(l.examples().match()).as(l.name() + "/" + l.lang()).isNotEmpty();
      assertThat(l.examples().noMatch()).as(l.name() + "/" + l.lang()).isNotEmpty();
    }
  }

  @Test
  void indexesListEveryBundledFile() throws IOException {
    Path res = Path.of("src/main/resources");
    for (String dir : List.of("rules", "terms")) {
      Path base = res.resolve(dir);
      List<String> files;
      try (Stream<Path> s = Files.walk(base)) {
        files = s.filter(p -> p.toString().endsWith(".yml"))
            .map(p -> base.relativize(p).toString().replace('\\', '/'))
            .sorted().toList();
      }
      List<String> index = Files.readAllLines(base.resolve("index.txt")).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
      assertThat(index).as(dir + "/index.txt").containsExactlyElementsOf(files);
    }
  }

  @Test
  void ruleIdsAreUniqueAndStable() {
    List<String> ids = PIPELINE.book().rules().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
  }
}
