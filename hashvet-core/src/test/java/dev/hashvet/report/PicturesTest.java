package dev.hashvet.report;

import dev.hashvet.context.LiveSignals.DailyUse;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.SourceReport;
import dev.hashvet.context.SourceStatus;
import dev.hashvet.rules.Category;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.rules.evidence.ContextShare;
import dev.hashvet.rules.evidence.TextSpan;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.Submission;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The sparkline, the bars, column counting and wrapping, and both text reports at 60 columns. */
class PicturesTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

  private static List<DailyUse> week(long... uses) {
    List<DailyUse> out = new ArrayList<>();
    for (int i = 0; i < uses.length; i++) {
      out.add(new DailyUse(TODAY.minusDays(uses.length - 1 - i), uses[i], uses[i] / 2));
    }
    return out;
  }

  @Test
  void sparklineScalesTheWeekAndMarksTodaysSpike() {
    String line = new Sparkline(Style.plain()).line(week(10, 12, 8, 11, 9, 10, 412)).orElseThrow();
    assertThat(line)
        .startsWith("usage  ▁▁▁▁▁▁█ ◂ today 412 uses by 206 accounts")
        .contains("41× the week's median");
  }

  @Test
  void aQuietWeekHasNoSpikeMark() {
    String line = new Sparkline(Style.plain()).line(week(30, 40, 52, 35, 44, 38, 41)).orElseThrow();
    assertThat(line)
        .startsWith("usage  ▅▆█▆▇▆▇ today 41 uses")
        .doesNotContain("◂")
        .contains("40 a day before");
  }

  @Test
  void sparklineKeepsTheLastSevenDaysInDayOrderAndNothingWithoutHistory() {
    List<DailyUse> days = new ArrayList<>(week(1, 1, 1, 0, 0, 0, 0, 0, 7));
    java.util.Collections.reverse(days);
    assertThat(new Sparkline(Style.plain()).line(days).orElseThrow())
        .startsWith("usage  ▂▁▁▁▁▁█ today 7 uses");
    assertThat(new Sparkline(Style.plain()).line(List.of())).isEmpty();
    assertThat(Sparkline.bars(List.of(0L, 1L, 2L, 4L))).isEqualTo("▁▃▅█");
  }

  @Test
  void aSpikeIsColouredOnlyWithColour() {
    String coloured = new Sparkline(new Style(true)).line(week(1, 1, 1, 1, 1, 1, 90)).orElseThrow();
    assertThat(coloured).contains("\u001B[1;31m█\u001B[0m");
    assertThat(Columns.width(coloured))
        .isEqualTo(
            Columns.width(
                new Sparkline(Style.plain()).line(week(1, 1, 1, 1, 1, 1, 90)).orElseThrow()));
  }

  @Test
  void barsShowTheLargestShareOfEachCategoryLargestFirst() {
    List<Bars.Share> shares =
        Bars.shares(
            List.of(
                share("context.tragedy", Category.TRAGEDY, 0.33, Severity.REVIEW),
                share(
                    "context.legal-proceedings", Category.LEGAL_PROCEEDINGS, 0.93, Severity.BLOCK),
                share("context.tragedy-2", Category.TRAGEDY, 0.12, Severity.REVIEW),
                new Finding(
                    "text.x",
                    Category.PROFANITY,
                    Severity.REVIEW,
                    "m",
                    "w",
                    new TextSpan("x", 0, 1, Optional.empty()))));
    assertThat(shares)
        .extracting(Bars.Share::label)
        .containsExactly("legal proceedings", "tragedy");
    List<String> lines = new Bars(Style.plain()).lines(shares, 60, "  ");
    assertThat(lines)
        .containsExactly(
            "  legal proceedings  ███████████████████░  93%",
            "  tragedy            ███████░░░░░░░░░░░░░  33%");
    List<String> narrow = new Bars(Style.plain()).lines(shares, 30, "  ");
    assertThat(narrow).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(30));
  }

  @Test
  void columnsCountWideCharactersTwiceAndColourCodesNotAtAll() {
    assertThat(Columns.width("abc")).isEqualTo(3);
    assertThat(Columns.width("日本")).isEqualTo(4);
    assertThat(Columns.width("🎉")).isEqualTo(2);
    assertThat(Columns.width("e\u0301")).isEqualTo(1);
    assertThat(Columns.width("\u001B[1;31m✖\u001B[0m BLOCK")).isEqualTo(7);
    assertThat(Columns.shorten("日本語のタグ", 7)).isEqualTo("日本語…");
  }

  @Test
  void wrapKeepsDoubleSpacesSplitsLongWordsAndCountsColumns() {
    assertThat(Wrap.lines("✖ BLOCK  rule.id  category", 60, ""))
        .containsExactly("✖ BLOCK  rule.id  category");
    List<String> url = Wrap.lines("see https://example.social/" + "x".repeat(60), 30, "");
    assertThat(url)
        .hasSize(4)
        .allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(30));
    assertThat(String.join("", url).replace("see", "see ")).contains("x".repeat(60));
    assertThat(Wrap.lines("日本語 日本語 日本語 日本語 日本語 日本語", 20, ""))
        .allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(20));
  }

  @Test
  void bothTextReportsFitSixtyColumnsAndShowThePicturesWithLiveContext() {
    VetResult r = liveResult();
    for (Style style : List.of(Style.plain(), new Style(true))) {
      StringWriter full = new StringWriter();
      new TextReport(style, 60, false, true).write(r, new PrintWriter(full));
      StringWriter compact = new StringWriter();
      new CompactReport(style, 60, false).write(r, new PrintWriter(compact));
      for (String out : List.of(full.toString(), compact.toString())) {
        assertThat(out.lines())
            .allSatisfy(l -> assertThat(Columns.width(l)).as(l).isLessThanOrEqualTo(60));
        String plain = out.replaceAll("\u001B\\[[0-9;]*m", "");
        assertThat(plain)
            .contains("usage  ▁▁▁▁▁▁█ ◂ today 412 uses")
            .contains("share of the 40 sampled posts, by risk")
            .containsPattern("legal proceedings +█+░+ +67%");
        assertThat(plain.lines().findFirst().orElseThrow())
            .startsWith("✖ BLOCK  #notguilty · 2026-11-23 18:00 -05:00 · US,GB");
      }
      assertThat(full.toString().contains("\u001B[")).isEqualTo(style.colour());
    }
  }

  @Test
  void verdictLineStaysOneLineWhenItFitsAndBreaksBetweenPartsWhenNot() {
    VetResult r = liveResult();
    TextReport wide = new TextReport(Style.plain(), 100, false, false);
    assertThat(wide.verdictLines(r)).containsExactly(wide.verdictLine(r));
    List<String> narrow = new TextReport(Style.plain(), 50, false, false).verdictLines(r);
    assertThat(narrow).hasSizeGreaterThan(1);
    assertThat(narrow.get(0)).startsWith("✖ BLOCK  #notguilty");
    assertThat(String.join(" ", narrow).replace("·", "").replaceAll(" +", " "))
        .isEqualTo(wide.verdictLine(r).replace("·", "").replaceAll(" +", " "));
  }

  @Test
  void noPicturesOffline() {
    VetResult live = liveResult();
    VetResult offline =
        new VetResult(
            live.input(),
            live.tags(),
            true,
            Verdict.PASS,
            List.of(),
            List.of(),
            ContextSummary.none(false, "offline", List.of()),
            List.of());
    StringWriter out = new StringWriter();
    new CompactReport(Style.plain(), 80, false).write(offline, new PrintWriter(out));
    assertThat(out.toString())
        .doesNotContain("usage")
        .doesNotContain("█")
        .contains("No findings.")
        .contains("offline");
  }

  private static Finding share(String rule, Category c, double share, Severity s) {
    ContextShare ev =
        new ContextShare(share, 10, 40, List.of(), Map.of(), 10, List.of(), List.of());
    return new Finding(rule, c, s, "message", "why", ev);
  }

  private static VetResult liveResult() {
    Submission in =
        new Submission(
            "#notguilty",
            ZonedDateTime.parse("2026-11-23T18:00:00-05:00"),
            List.of("US", "GB"),
            List.of("en"));
    ContextShare ev =
        new ContextShare(
            0.67,
            27,
            40,
            List.of("jury", "verdict"),
            Map.of(),
            25,
            List.of(),
            List.of(
                new ContextShare.Example(
                    "日本語のポスト " + "とても長い".repeat(20),
                    "mastodon",
                    "https://social.example/@someone/" + "1".repeat(70),
                    "",
                    -1,
                    "neutral",
                    1)));
    List<Finding> findings =
        List.of(
            new Finding(
                "context.legal-proceedings",
                Category.LEGAL_PROCEEDINGS,
                Severity.BLOCK,
                "67% of recent posts with #notguilty are about a trial or verdict.",
                "why",
                ev),
            share("context.tragedy", Category.TRAGEDY, 0.2, Severity.REVIEW));
    LiveSignals signals =
        new LiveSignals(week(10, 12, 8, 11, 9, 10, 412), List.of(), List.of(), List.of());
    ContextSummary c =
        new ContextSummary(
            true,
            "live",
            List.of(new SourceReport("mastodon", SourceStatus.OK, 40, "mastodon.social")),
            40,
            List.of("jury"),
            List.of("caseyanthony"),
            Map.of(),
            "",
            signals);
    return new VetResult(
        in, List.of("notguilty"), true, Verdict.BLOCK, findings, List.of(), c, List.of());
  }
}
