package dev.hashvet.rules;

import dev.hashvet.rules.evidence.TagSpan;
import dev.hashvet.rules.evidence.TextSpan;
import dev.hashvet.text.TagReadings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * {@code pattern: {regex: "...", in: [text|tags]}}: a Java regular expression over the normalised
 * (folded, lower-case) text, or over each folded tag without '#'. Write word boundaries
 * ({@code \b}) into text patterns: a pattern is the one matcher that can see inside words.
 */
final class PatternMatcher implements Matcher {
  private final java.util.regex.Pattern regex;
  private final boolean inText;
  private final boolean inTags;

  /** Words the regex cannot match without, to pass over texts quickly; empty when unknown. */
  private final Optional<RequiredWords> required;

  PatternMatcher(Spec spec) {
    spec.keys(Set.of("regex", "in"));
    try {
      this.regex =
          java.util.regex.Pattern.compile(
              spec.string("regex"),
              java.util.regex.Pattern.UNICODE_CHARACTER_CLASS
                  | java.util.regex.Pattern.CASE_INSENSITIVE
                  | java.util.regex.Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw spec.error("regex", "bad regular expression: " + e.getDescription());
    }
    List<String> in = spec.strings("in");
    for (String s : in) {
      if (!s.equals("text") && !s.equals("tags")) {
        throw spec.error("in", "'in' takes text and/or tags, not '" + s + "'");
      }
    }
    this.inText = in.isEmpty() || in.contains("text");
    this.inTags = in.contains("tags");
    this.required = RequiredWords.of(spec.string("regex"));
  }

  @Override
  public int cost() {
    return 2;
  }

  @Override
  public List<Match> match(Subject subject) {
    List<Match> out = new ArrayList<>();
    if (inText && mayMatch(subject.folded())) {
      var m = regex.matcher(new BudgetedText(subject.folded()));
      while (m.find()) {
        TextSpan ev = new TextSpan(m.group(), m.start(), m.end(), Optional.empty());
        int[] words = subject.wordsAt(m.start(), m.end());
        out.add(new Match(ev, Map.of("term", m.group()), Optional.empty(),
            Optional.empty(), words[0], words[1]));
      }
    }
    if (inTags) {
      for (TagReadings tag : subject.tags()) {
        var m = regex.matcher(new BudgetedText(tag.folded()));
        if (mayMatch(tag.folded()) && m.find()) {
          TagSpan ev = new TagSpan(tag.tag(), tag.best().text(), m.group(), Optional.empty());
          out.add(new Match(ev, Map.of("term", m.group(), "tag", "#" + tag.tag())));
        }
      }
    }
    return out;
  }

  private boolean mayMatch(String text) {
    return required.isEmpty() || required.get().anyIn(text);
  }
}
