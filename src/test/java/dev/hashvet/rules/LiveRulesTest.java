package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.fetch.LiveSignals;
import dev.hashvet.fetch.LiveSignals.DailyUse;
import dev.hashvet.fetch.LiveSignals.Headline;
import dev.hashvet.vet.Pipeline;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The live pack's own examples, each run with the signals its comment in live.yml names (the
 * example format has no {@code signals:} key yet). A flag case must give the rule's finding with
 * every placeholder filled; a pass case must give none.
 */
class LiveRulesTest {
  private static final Path DIR = dir();
  private static final Pipeline PIPELINE = Pipeline.of(RuleBook.load(List.of(DIR), false));

  /** The signals a rule's flag cases and pass cases run with. */
  record Signals(LiveSignals flag, LiveSignals pass) {}

  private static final Map<String, Signals> SIGNALS = Map.of(
      "live.usage-spike", new Signals(history(5, 3, 6, 4, 5, 2, 64), history(5, 3, 6, 4, 5, 2, 7)),
      "live.trending-now", new Signals(
          new LiveSignals(List.of(), List.of("mastodon.social"), List.of(), List.of()),
          LiveSignals.NONE),
      "live.news-legal", new Signals(
          headlines("Jury finds defendant not guilty after three-week murder trial"),
          headlines("Snack brand says its new line is selling well")),
      "live.news-death", new Signals(headlines("Singer dies at 54, family says"),
          headlines("Singer announces a farewell tour")),
      "live.news-disaster", new Signals(headlines("Hurricane Sandy makes landfall in New Jersey"),
          headlines("Sandy beaches top summer list")),
      "live.news-violence", new Signals(headlines("Shooting at mall leaves three injured"),
          headlines("Mall reopens after renovation")),
      "live.news-hate", new Signals(headlines("Police investigate racist graffiti at school"),
          headlines("School opens a new library")),
      "live.current-event", new Signals(
          events("A jury finds Example Person not guilty of all charges."),
          events("The Example Cup is won by the Example Rovers.")));

  @TestFactory
  Stream<DynamicTest> everyLiveExampleWithItsSignals() {
    List<DynamicTest> out = new ArrayList<>();
    for (Rule rule : PIPELINE.book().rules()) {
      Signals signals = SIGNALS.get(rule.id());
      int i = 0;
      for (RuleExample ex : rule.examples()) {
        i++;
        String name = rule.id() + (ex.flag() ? " flag #" : " pass #") + i;
        out.add(DynamicTest.dynamicTest(name, () -> {
          LiveSignals s = ex.flag() ? signals.flag() : signals.pass();
          Subject subject = PIPELINE.text().subject(ex.text(),
              ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC), List.of(), List.of(),
              new Context(true, List.of(), s));
          Optional<Finding> f = rule.apply(subject);
          if (ex.flag()) {
            assertThat(f).as(ex.where()).isPresent();
            assertThat(f.get().message()).doesNotContain("${");
            assertThat(f.get().evidence()).isNotEmpty();
          } else {
            assertThat(f).as(ex.where()).isEmpty();
          }
        }));
      }
    }
    return out.stream();
  }

  @Test
  void everyLiveRuleHasSignalsForItsExamples() {
    assertThat(PIPELINE.book().rules()).extracting(Rule::id)
        .containsExactlyInAnyOrderElementsOf(SIGNALS.keySet());
  }

  @Test
  void aSpikeFindingReadsWell() {
    Rule spike = PIPELINE.book().rule("live.usage-spike").orElseThrow();
    Subject s = PIPELINE.text().subject("#notguilty",
        ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC), List.of(), List.of(),
        new Context(true, List.of(), history(2, 5, 4, 6, 3, 5, 64)));
    assertThat(spike.apply(s)).get().extracting(Finding::message).isEqualTo(
        "#notguilty is used 14.2 times as much today as on a usual day this week (64 uses against"
            + " a median of 4.5).");
  }

  private static LiveSignals history(long... uses) {
    List<DailyUse> days = new ArrayList<>();
    for (int i = 0; i < uses.length; i++) {
      days.add(new DailyUse(LocalDate.of(2026, 11, 17).plusDays(i), uses[i], uses[i]));
    }
    return new LiveSignals(days, List.of(), List.of(), List.of());
  }

  private static LiveSignals headlines(String title) {
    return new LiveSignals(List.of(), List.of(), List.of(new Headline(title,
        "https://news.example/a", "news.example", "2026-11-23T10:00:00Z")), List.of());
  }

  private static LiveSignals events(String title) {
    return new LiveSignals(List.of(), List.of(), List.of(), List.of(new Headline(title,
        "https://wiki.example/wiki/A", "wikipedia", "2026-11-23")));
  }

  private static Path dir() {
    try {
      return Path.of(LiveRulesTest.class.getResource("/rules/live").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
