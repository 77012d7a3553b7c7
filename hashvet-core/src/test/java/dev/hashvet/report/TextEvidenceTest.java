package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.rules.Category;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.rules.evidence.Combined;
import dev.hashvet.rules.evidence.DateHit;
import dev.hashvet.rules.evidence.Evidence;
import dev.hashvet.rules.evidence.ListTerm;
import dev.hashvet.rules.evidence.TextSpan;
import dev.hashvet.rules.dates.Window;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text report's evidence lines: each kind in words, a combination's parts after the first. */
class TextEvidenceTest {
  private static final TextSpan REFUGEES = new TextSpan("refugees", 0, 8, Optional.of(
      new ListTerm("refugees", "migration", "en", Optional.empty(), Optional.empty())));
  private static final TextSpan PARASITES = new TextSpan("parasites", 13, 22, Optional.of(
      new ListTerm("parasites", "dehumanising", "en", Optional.of("risky"), Optional.empty())));

  @Test
  void aCombinationNamesTheFirstSpanThenTheOthers() {
    assertThat(lines(new Combined(List.of(REFUGEES, PARASITES)), false)).containsExactly(
        "text: \"refugees\" at 0–8 (migration, en)",
        "and \"parasites\" (dehumanising)",
        "sense: risky");
  }

  @Test
  void verboseShowsEveryKeyAsWritten() {
    assertThat(lines(new Combined(List.of(REFUGEES, PARASITES)), true))
        .contains("span: refugees", "span 2: parasites", "list 2: dehumanising");
  }

  @Test
  void aDateBeforeATextSpanKeepsItsLastDayAndHidesItsTechnicalKeys() {
    DateHit ramadan = new DateHit("islamic.ramadan", "Ramadan", "religious", "2026-02-18",
        "2026-03-19", "AE", List.of("AE"), "Asia/Dubai", "2026-03-01T20:00+04:00",
        "during it", new Window(0, 0), Optional.empty(), List.of("beers"), "promotional post",
        "Avoid alcohol.", "test", Optional.empty(), Optional.empty());
    TextSpan beers = new TextSpan("beers", 20, 25, Optional.empty());
    assertThat(lines(new Combined(List.of(ramadan, beers)), false)).containsExactly(
        "text: \"beers\" at 20–25",
        "Ramadan (religious) on 2026-02-18 to 2026-03-19 in AE; the post goes out 2026-03-01"
            + " 20:00+04:00, during it",
        "promotional words: beers",
        "source: test");
  }

  private static List<String> lines(Evidence e, boolean verbose) {
    Finding f = new Finding("combo.x", Category.ADULT, Severity.BLOCK, "m", "w", e);
    return new TextReport(Style.plain(), 80, false, verbose).evidence(f);
  }
}
