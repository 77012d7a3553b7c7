package dev.hashvet.rules;

import dev.hashvet.text.TagReadings;
import dev.hashvet.text.Token;
import dev.hashvet.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code terms: {lists: [legal], terms: [...], in: [text, tags]}}: whole words and phrases of the
 * named term lists (and inline terms) in the normalised text and in each tag's best reading.
 */
final class TermsMatcher implements Matcher {
  private static final Tokenizer TOKENIZER = new Tokenizer();

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
  public List<Match> match(Subject subject) {
    Set<String> langs = new HashSet<>(subject.languages());
    List<Match> out = new ArrayList<>();
    if (inText) {
      List<Token> tokens = subject.words();
      List<String> words = tokens.stream().map(Token::word).toList();
      for (TermSet.Hit hit : terms.find(words, langs)) {
        int start = tokens.get(hit.from()).start();
        int end = tokens.get(hit.to() - 1).end();
        String span = subject.folded().substring(start, end);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("in", "text");
        ev.put("span", span);
        ev.put("start", start);
        ev.put("end", end);
        ev.put("term", hit.term());
        ev.put("list", hit.list());
        ev.put("lang", hit.lang());
        out.add(new Match(ev, Map.of("term", span, "list", hit.list())));
      }
    }
    if (inTags) {
      for (TagReadings tag : subject.tags()) {
        List<String> words = tag.best().words();
        List<TermSet.Hit> hits = terms.find(words, langs);
        if (hits.isEmpty() && words.size() > 1) {
          hits = terms.find(List.of(tag.folded()), langs);
          words = List.of(tag.folded());
        }
        if (hits.isEmpty() && !isAsciiWord(tag.folded())) {
          // A tag in a script written without spaces (#天安门事件, #地震速報) is one "word" to the
          // segmenter; ICU's dictionary word breaks split it the way running text is split. (A
          // tag of ASCII letters, digits and '_' is always one ICU word: no need to ask.)
          List<String> icu = TOKENIZER.words(tag.folded()).stream().map(Token::word).toList();
          if (icu.size() > 1) {
            hits = terms.find(icu, langs);
            words = icu;
          }
        }
        for (TermSet.Hit hit : hits) {
          String span = String.join(" ", words.subList(hit.from(), hit.to()));
          Map<String, Object> ev = new LinkedHashMap<>();
          ev.put("in", "tag");
          ev.put("tag", tag.tag());
          ev.put("reading", tag.best().text());
          ev.put("span", span);
          ev.put("term", hit.term());
          ev.put("list", hit.list());
          ev.put("lang", hit.lang());
          out.add(new Match(ev, Map.of("term", span, "tag", "#" + tag.tag(), "list", hit.list())));
        }
      }
    }
    return out;
  }

  private static boolean isAsciiWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
