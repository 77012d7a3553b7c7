package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.HashvetException;
import dev.hashvet.TestBooks;
import dev.hashvet.context.LiveSignals.DailyUse;
import dev.hashvet.context.LiveSignals.Headline;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.rules.evidence.Shape;
import dev.hashvet.rules.evidence.UseSpike;
import dev.hashvet.text.Reading;
import dev.hashvet.text.TagReadings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SignalMatcher on subjects built by hand with {@code Context(true, posts, signals)}. */
class SignalMatcherTest {
  @TempDir Path dir;

  private static final TagReadings NOT_GUILTY = new TagReadings("notguilty", "notguilty",
      List.of(new Reading("not guilty", List.of("not", "guilty"), 0, List.of())));

  private static Subject subject(LiveSignals signals, List<TagReadings> tags) {
    return new Subject("#notguilty", "#notguilty", List.of(), tags, List.of(),
        ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC), List.of(), List.of(),
        new Context(true, List.of(), signals));
  }

  private static Subject subject(LiveSignals signals) {
    return subject(signals, List.of(NOT_GUILTY));
  }

  private static LiveSignals history(long... uses) {
    List<DailyUse> days = new ArrayList<>();
    LocalDate first = LocalDate.of(2026, 11, 23).minusDays(uses.length - 1);
    for (int i = 0; i < uses.length; i++) {
      days.add(new DailyUse(first.plusDays(i), uses[i], uses[i] / 2));
    }
    return new LiveSignals(days, List.of(), List.of(), List.of());
  }

  private static LiveSignals headlines(String... titles) {
    List<Headline> hs = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      hs.add(new Headline(titles[i], "https://news.example/" + i, "news.example",
          "2026-11-23T1" + i + ":00:00Z"));
    }
    return new LiveSignals(List.of(), List.of(), hs, List.of());
  }

  private static LiveSignals events(String... titles) {
    List<Headline> hs = new ArrayList<>();
    for (String t : titles) {
      hs.add(new Headline(t, "https://wiki.example/wiki/X", "wikipedia", "2026-11-23"));
    }
    return new LiveSignals(List.of(), List.of(), List.of(), hs);
  }

  /** The matcher of a one-rule pack whose match is {@code signal: {<body>}}. */
  private Matcher matcher(String body) throws Exception {
    Path f = dir.resolve("p.yml");
    Files.writeString(f, "pack: p\nrules:\n  - id: live.test\n    category: tag_hijack\n"
        + "    severity: review\n    message: m\n    why: w\n    match: {signal: {" + body
        + "}}\n    examples: {flag: [x], pass: [y]}\n");
    return TestBooks.own(List.of(dir)).rules().get(0).matcher();
  }

  @Test
  void spikeComparesTodayWithTheMedianOfTheSixDaysBefore() throws Exception {
    Matcher spike = matcher("kind: spike, min_ratio: 3");
    List<Match> m = spike.match(subject(history(2, 5, 4, 6, 3, 5, 64)));
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.evidence()).isInstanceOfSatisfying(UseSpike.class, s -> {
        assertThat(s.today()).isEqualTo(64L);
        assertThat(s.median()).isEqualTo(4.5);
        assertThat(s.ratio()).isEqualTo(14.2);
        assertThat(s.days()).hasSize(7).containsEntry("2026-11-23", 64L)
            .containsEntry("2026-11-17", 2L);
      });
      assertThat(x.vars()).containsEntry("ratio", "14.2").containsEntry("median", "4.5")
          .containsEntry("today", "64").containsEntry("days", "7");
    });
  }

  @Test
  void noSpikeBelowTheRatioOrBelowTheMinimumUses() throws Exception {
    Matcher spike = matcher("kind: spike, min_ratio: 3");
    assertThat(spike.match(subject(history(10, 12, 9, 11, 10, 13, 25)))).isEmpty();
    // 4 against 0: a ratio of 4, but four posts are no surge.
    assertThat(spike.match(subject(history(0, 0, 0, 0, 0, 0, 4)))).isEmpty();
    assertThat(spike.match(subject(history(64)))).isEmpty();
    assertThat(matcher("kind: spike, min_uses: 3").match(subject(history(0, 0, 0, 0, 0, 0, 4))))
        .hasSize(1);
  }

  @Test
  void trendingListsTheSources() throws Exception {
    Matcher t = matcher("kind: trending");
    LiveSignals s = new LiveSignals(List.of(), List.of("mastodon.social", "fosstodon.org"),
        List.of(), List.of());
    assertThat(t.match(subject(s))).singleElement().satisfies(x -> {
      assertThat(Shape.of(x.evidence())).containsEntry("sources",
          List.of("mastodon.social", "fosstodon.org"));
      assertThat(x.vars()).containsEntry("sources", "mastodon.social, fosstodon.org");
    });
    assertThat(t.match(subject(LiveSignals.NONE))).isEmpty();
  }

  @Test
  void headlineNeedsAWholeWordTermOfTheLists() throws Exception {
    Matcher h = matcher("kind: headline, terms: [verdict, murder trial]");
    List<Match> m = h.match(subject(headlines(
        "Snack brand says its Not Guilty line is selling well",
        "Jury reaches verdict in murder trial",
        "Verdictless: a new board game")));
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(Shape.of(x.evidence())).containsEntry("title", "Jury reaches verdict in murder trial")
          .containsEntry("url", "https://news.example/1").containsEntry("source", "news.example")
          .containsEntry("seenAt", "2026-11-23T11:00:00Z")
          .containsEntry("terms", List.of("verdict", "murder trial"));
      assertThat(x.vars()).containsEntry("terms", "verdict, murder trial");
    });
  }

  @Test
  void headlineWithTheBundledLegalList() throws Exception {
    Matcher h = matcher("kind: headline, lists: [legal]");
    assertThat(h.match(subject(headlines(
        "Jury finds defendant not guilty after three-week murder trial")))).hasSize(1);
    assertThat(h.match(subject(headlines("Try our free trial today, says app maker"))))
        .isEmpty();
  }

  @Test
  void eventNamesTheTagsBestReadingOrTheTagItself() throws Exception {
    Matcher e = matcher("kind: event");
    assertThat(e.match(subject(events("A jury finds Example Person not guilty of all charges."))))
        .singleElement().satisfies(x -> {
          assertThat(Shape.of(x.evidence())).containsEntry("title",
              "A jury finds Example Person not guilty of all charges.")
              .containsEntry("url", "https://wiki.example/wiki/X")
              .containsEntry("tag", "notguilty").containsEntry("reading", "not guilty");
          assertThat(x.vars()).containsEntry("tag", "#notguilty");
        });
    assertThat(e.match(subject(events("Fans celebrate #NotGuilty day")))).hasSize(1);
    assertThat(e.match(subject(events("He was guilty, not innocent")))).isEmpty();
    TagReadings unsplit = new TagReadings("NotGuilty", "notguilty",
        List.of(new Reading("notguilty", List.of("notguilty"), 0, List.of())));
    assertThat(e.match(subject(events("Jury says not guilty"), List.of(unsplit)))).hasSize(1);
    assertThat(e.match(subject(events("A notguiltyish mood"), List.of(unsplit)))).isEmpty();
    assertThat(e.match(subject(events("A jury finds someone not guilty"), List.of()))).isEmpty();
  }

  @Test
  void silentWithoutLiveContext() throws Exception {
    Subject offline = new Subject("#x", "#x", List.of(), List.of(NOT_GUILTY), List.of(),
        ZonedDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC), List.of(), List.of(),
        Context.NONE);
    for (String body : List.of("kind: spike", "kind: trending", "kind: event",
        "kind: headline, lists: [legal]")) {
      assertThat(matcher(body).match(offline)).as(body).isEmpty();
    }
  }

  @Test
  void badSettingsFailNamingFileAndLine() {
    assertThatThrownBy(() -> matcher("kind: rumour"))
        .isInstanceOf(HashvetException.class).hasMessageContaining("p.yml:8")
        .hasMessageContaining("signal kind must be spike, trending, headline or event");
    assertThatThrownBy(() -> matcher("kind: trending, lists: [legal]"))
        .hasMessageContaining("'lists' is only for kind headline");
    assertThatThrownBy(() -> matcher("kind: event, min_ratio: 2"))
        .hasMessageContaining("'min_ratio' is only for kind spike");
    assertThatThrownBy(() -> matcher("kind: spike, min_ratio: 1"))
        .hasMessageContaining("min_ratio must be more than 1");
    assertThatThrownBy(() -> matcher("kind: headline"))
        .hasMessageContaining("needs 'lists'");
    assertThatThrownBy(() -> matcher("kind: spike, colour: red"))
        .hasMessageContaining("colour");
  }
}
