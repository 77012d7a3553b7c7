package dev.hashvet.rules;

import dev.hashvet.rules.evidence.ListTerm;
import dev.hashvet.rules.evidence.TagSpan;
import dev.hashvet.rules.evidence.TextSpan;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code terms: {lists: [legal], terms: [...], in: [text, tags]}}: whole words and phrases of the
 * named term lists (and inline terms) in the normalised text and in each tag's best reading.
 */
final class TermsMatcher implements Matcher {
  private final TermSet terms;
  private final boolean inText;
  private final boolean inTags;

  TermsMatcher(Spec spec) {
    spec.keys(Set.of("lists", "terms", "lang", "in"));
    this.terms = spec.termSet();
    List<String> in = spec.strings("in");
    for (String s : in) {
      if (!s.equals("text") && !s.equals("tags")) {
        throw spec.error("in", "'in' takes text and/or tags, not '" + s + "'");
      }
    }
    this.inText = in.isEmpty() || in.contains("text");
    this.inTags = in.isEmpty() || in.contains("tags");
  }

  TermSet terms() {
    return terms;
  }

  @Override
  public int cost() {
    return 0;
  }

  @Override
  public List<Match> match(Subject subject) {
    Set<String> langs = subject.languageSet();
    List<Match> out = new ArrayList<>();
    if (inText) {
      List<Token> tokens = subject.words();
      for (TermSet.Hit hit : terms.find(subject.keyedText(), langs)) {
        int start = tokens.get(hit.from()).start();
        int end = tokens.get(hit.to() - 1).end();
        String span = subject.folded().substring(start, end);
        TextSpan ev = new TextSpan(span, start, end, Optional.of(listTerm(hit)));
        out.add(new Match(ev, Map.of("term", span, "list", hit.list()), Optional.empty(),
            hit.sense().cap(), hit.from(), hit.to()));
      }
    }
    if (inTags) {
      for (TagWords tw : subject.tagWords()) {
        TagReadings tag = tw.tag();
        KeyedWords words = tw.best();
        List<TermSet.Hit> hits = terms.find(words, langs);
        if (hits.isEmpty() && words.size() > 1) {
          words = tw.whole();
          hits = terms.find(words, langs);
        }
        if (hits.isEmpty() && tw.icu().size() > 1) {
          words = tw.icu();
          hits = terms.find(words, langs);
        }
        for (TermSet.Hit hit : hits) {
          String span = String.join(" ", words.words().subList(hit.from(), hit.to()));
          TagSpan ev =
              new TagSpan(tag.tag(), tag.best().text(), span, Optional.of(listTerm(hit)));
          out.add(new Match(ev, Map.of("term", span, "tag", "#" + tag.tag(), "list", hit.list()),
              Optional.empty(), hit.sense().cap(), -1, -1));
        }
      }
    }
    // Strongest sense first: a finding rests on its first match (the order is stable, so text
    // before tags within a sense).
    out.sort(Comparator.comparingInt(m -> strength(m)));
    return out;
  }

  private static int strength(Match m) {
    return m.cap().map(c -> c == Severity.INFO ? 2 : 1).orElse(0);
  }

  /** The hit's term, with the sense of an ambiguous term and the cue that told it. */
  private static ListTerm listTerm(TermSet.Hit hit) {
    boolean specific = hit.sense() == Sense.SPECIFIC;
    return new ListTerm(hit.term(), hit.list(), hit.lang(),
        specific ? Optional.empty() : Optional.of(hit.sense().id()),
        specific || hit.cue().isEmpty() ? Optional.empty() : Optional.of(hit.cue()));
  }
}
