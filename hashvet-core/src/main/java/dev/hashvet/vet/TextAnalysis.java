package dev.hashvet.vet;

import dev.hashvet.rules.Context;
import dev.hashvet.rules.Subject;
import dev.hashvet.text.EvasionDetector;
import dev.hashvet.text.EvasionSignal;
import dev.hashvet.text.ExtractedTag;
import dev.hashvet.text.LanguageDetector;
import dev.hashvet.text.TagExtractor;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.TagSegmenter;
import dev.hashvet.text.TextNormalizer;
import dev.hashvet.text.Token;
import dev.hashvet.text.Tokenizer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a post into what the rules look at: its tags and their readings, folded words and evasion
 * signals. Tag readings are cached, since calendars and samples repeat the same tags, and so is
 * one set for each list of audience languages (a calendar names few), which the subjects that
 * name those languages share: term lookups recognise a set they have seen by reference.
 */
public final class TextAnalysis {
  private static final int CACHE_SIZE = 20_000;
  private static final int LANGUAGE_SETS = 1024;

  private final TagExtractor extractor = new TagExtractor();
  private final TextNormalizer normalizer = new TextNormalizer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final EvasionDetector evasion = new EvasionDetector();
  private final LanguageDetector detector = new LanguageDetector();
  private final TagSegmenter segmenter;
  private final Map<String, TagReadings> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TagReadings> e) {
              return size() > CACHE_SIZE;
            }
          });
  private final Map<List<String>, Set<String>> languageSets = new ConcurrentHashMap<>();

  public TextAnalysis(TagSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  public TextAnalysis() {
    this(new TagSegmenter());
  }

  /**
   * The subject for {@code text} with the given date, markets, languages and context. With no
   * languages given, the languages detected in the text are used (see {@link LanguageDetector});
   * languages given are kept as they are.
   */
  public Subject subject(
      String text, ZonedDateTime at, List<String> regions, List<String> languages, Context ctx) {
    if (languages.isEmpty()) {
      languages = languages(text);
    }
    String folded = normalizer.fold(text);
    List<Token> words = tokenizer.words(folded);
    List<TagReadings> tags = new ArrayList<>();
    List<EvasionSignal> signals = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ExtractedTag t : tags(text)) {
      if (seen.add(t.tag())) {
        tags.add(read(t.tag()));
        signals.addAll(evasion.inspect(t.tag(), rawTagAt(text, t)));
      }
    }
    return new Subject(text, folded, words, tags, signals, at, regions, languages,
        languageSet(languages), ctx);
  }

  /** The shared set of {@code languages}, kept for at most {@value #LANGUAGE_SETS} lists. */
  private Set<String> languageSet(List<String> languages) {
    Set<String> set = languageSets.get(languages);
    if (set == null) {
      set = Set.copyOf(languages);
      if (languageSets.size() < LANGUAGE_SETS) {
        Set<String> before = languageSets.putIfAbsent(List.copyOf(languages), set);
        set = before != null ? before : set;
      }
    }
    return set;
  }

  /**
   * The tag as written including any invisible characters that twitter-text stops at or drops, so
   * that a zero-width space inside "#not\u200Bguilty" is still seen.
   */
  private static String rawTagAt(String text, ExtractedTag t) {
    int end = t.end();
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      boolean invisible = Character.getType(cp) == Character.FORMAT;
      if (!invisible && !Character.isLetterOrDigit(cp) && cp != '_') {
        break;
      }
      end += Character.charCount(cp);
    }
    return text.substring(t.start() + 1, end);
  }

  /** The tags of {@code text}, in order. */
  public List<ExtractedTag> tags(String text) {
    return extractor.extract(text);
  }

  /**
   * The readings of one tag (cached). The tag is segmented outside the cache's lock, so calendar
   * threads reading different tags never wait for one another; two threads that meet the same new
   * tag both segment it, with the same answer, and the first one kept is shared.
   */
  public TagReadings read(String tag) {
    TagReadings found = cache.get(tag);
    if (found != null) {
      return found;
    }
    TagReadings read = segmenter.read(tag);
    TagReadings before = cache.putIfAbsent(tag, read);
    return before != null ? before : read;
  }

  /** Folded words of {@code text}, plus the best-reading words of its tags. */
  public List<String> words(String text, List<String> extraTags) {
    String folded = normalizer.fold(text);
    List<String> out = new ArrayList<>();
    for (Token t : tokenizer.words(folded)) {
      out.add(t.word());
    }
    Set<String> tags = new LinkedHashSet<>();
    extractor.extract(text).forEach(t -> tags.add(t.tag()));
    tags.addAll(extraTags);
    for (String tag : tags) {
      TagReadings r = read(tag);
      if (r.best().words().size() > 1) {
        out.addAll(r.best().words());
      }
    }
    return out;
  }

  /** The languages detected in {@code text}, most likely first; empty when it gives no clue. */
  public List<String> languages(String text) {
    return detector.detect(text).languages();
  }

  /** The folded form of {@code text}. */
  public String fold(String text) {
    return normalizer.fold(text);
  }
}
