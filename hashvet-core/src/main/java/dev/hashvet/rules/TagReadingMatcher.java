package dev.hashvet.rules;

import dev.hashvet.rules.evidence.RiskyReading;
import dev.hashvet.text.Reading;
import dev.hashvet.text.RiskLexicon;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.TagSegmenter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code tag_reading: {categories: [adult, profanity, ...]}}: a run-together tag that people may
 * read with a risky word in it (#susanalbumparty as "su's anal bum party"). The segmenter finds
 * those readings deliberately and keeps them when they are plausible (see docs/segmentation.md);
 * this matcher reports the most plausible alternate that adds a risk word to the tag's best
 * reading, or, when the best reading is itself the risky one and the tag has other readings
 * (#penisland: "penis land" or "pen island"), the best reading with the harmless one as what was
 * meant. Only risk words of the given categories count (all when none are given).
 */
final class TagReadingMatcher implements Matcher {
  private final Set<String> categories = new LinkedHashSet<>();
  private final RiskLexicon lexicon = RiskLexicon.bundled();

  TagReadingMatcher(Spec spec) {
    if (spec.node().isObject()) {
      spec.keys(Set.of("categories"));
      for (String c : spec.strings("categories")) {
        if (Category.parse(c).isEmpty()) {
          throw spec.error("categories", "unknown category '" + c + "'");
        }
        categories.add(c);
      }
    } else if (!spec.node().isNull()) {
      throw spec.error("tag_reading takes {categories: [...]} or nothing");
    }
  }

  @Override
  public List<Match> match(Subject subject) {
    List<Match> out = new ArrayList<>();
    for (TagReadings tag : subject.tags()) {
      Reading best = tag.best();
      Reading risky = null;
      List<String> words = List.of();
      // An alternate that adds a risk word the meant reading does not have: #susanalbumparty.
      for (Reading r : tag.readings().subList(1, tag.readings().size())) {
        if (TagSegmenter.addsRisk(r, best)) {
          List<String> w = inCategories(r.risky().stream().filter(x -> !best.risky().contains(x)).toList());
          if (!w.isEmpty()) {
            risky = r;
            words = w;
            break;
          }
        }
      }
      Reading meant = best;
      // The most likely reading is itself risky while the tag has other readings: #penisland.
      if (risky == null && tag.readings().size() > 1 && !inCategories(best.risky()).isEmpty()) {
        risky = best;
        words = inCategories(best.risky());
        meant = tag.readings().stream().skip(1).filter(r -> !r.isRisky()).findFirst()
            .orElse(tag.readings().get(1));
      }
      if (risky == null) {
        continue;
      }
      Set<String> cats = new LinkedHashSet<>();
      words.forEach(w -> cats.add(lexicon.category(w).orElse("adult")));
      RiskyReading ev = new RiskyReading(tag.tag(), meant.text(), risky.text(), words,
          new ArrayList<>(cats), Math.round(Math.abs(risky.cost() - meant.cost()) * 10) / 10.0);
      out.add(new Match(ev, Map.of("tag", "#" + tag.tag(), "reading", risky.text(),
          "best", meant.text(), "words", String.join(", ", words))));
    }
    return out;
  }

  private List<String> inCategories(List<String> riskWords) {
    return riskWords.stream()
        .filter(w -> categories.isEmpty() || categories.contains(lexicon.category(w).orElse("adult")))
        .toList();
  }
}
