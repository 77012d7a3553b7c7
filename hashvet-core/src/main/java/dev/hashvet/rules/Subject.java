package dev.hashvet.rules;

import dev.hashvet.garm.Brand;
import dev.hashvet.text.EvasionSignal;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.Token;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything the rules look at for one submission, plus the views of it that every rule would
 * otherwise work out again (the keyed words of the text and tags, the set of languages): a
 * calendar row meets a hundred rules. What it holds does not change, but it remembers what
 * matchers work out from it ({@link #derived}) and its keyed words remember what each term set
 * found in them ({@link KeyedWords}); both memos live and die with the subject and are safe to
 * fill from several threads.
 */
public final class Subject {
  private final String text;
  private final String folded;
  private final List<Token> words;
  private final List<TagReadings> tags;
  private final List<EvasionSignal> evasion;
  private final ZonedDateTime at;
  private final List<String> regions;
  private final List<String> languages;
  private final Context context;
  private final Brand brand;

  private final Set<String> languageSet;
  private final KeyedWords keyedText;
  private final List<TagWords> tagWords;

  /** What matchers worked out from this subject for the next rule (see {@link #derived}). */
  private final Map<Object, Object> derived = new HashMap<>();

  /**
   * A subject.
   *
   * @param text the post as written (or "#tag" for a lone tag)
   * @param folded the normalised text (NFKC, case folded)
   * @param words the words of {@code folded}
   * @param tags the readings of each tag in the post
   * @param evasion invisible or look-alike characters found in the text and tags
   * @param at when the post goes out, in the zone the user gave
   * @param regions target markets (ISO 3166-1 alpha-2, upper case); empty means global
   * @param languages audience languages (ISO 639-1); empty means any
   * @param context sampled posts and live signals, or {@link Context#NONE}
   */
  public Subject(
      String text,
      String folded,
      List<Token> words,
      List<TagReadings> tags,
      List<EvasionSignal> evasion,
      ZonedDateTime at,
      List<String> regions,
      List<String> languages,
      Context context) {
    this(text, folded, words, tags, evasion, at, regions, languages, Set.copyOf(languages),
        context);
  }

  /**
   * A subject whose languages, as a set, are {@code languageSet}: a set the caller shares between
   * the subjects that name the same languages ({@code vet.TextAnalysis} keeps one per list), so
   * that term lookups recognise it by reference. The other parameters are as above.
   */
  public Subject(
      String text,
      String folded,
      List<Token> words,
      List<TagReadings> tags,
      List<EvasionSignal> evasion,
      ZonedDateTime at,
      List<String> regions,
      List<String> languages,
      Set<String> languageSet,
      Context context) {
    this.text = text;
    this.folded = folded;
    this.words = List.copyOf(words);
    this.tags = List.copyOf(tags);
    this.evasion = List.copyOf(evasion);
    this.at = at;
    this.regions = List.copyOf(regions);
    this.languages = List.copyOf(languages);
    this.context = context;
    this.brand = Brand.NONE;
    this.languageSet = languageSet;
    List<String> plain = new ArrayList<>(this.words.size());
    this.words.forEach(t -> plain.add(t.word()));
    this.keyedText = KeyedWords.of(plain, sentences(this.folded, this.words));
    List<TagWords> tw = new ArrayList<>(this.tags.size());
    this.tags.forEach(t -> tw.add(TagWords.of(t)));
    this.tagWords = List.copyOf(tw);
  }

  private Subject(Subject s, Context context, Brand brand) {
    this.text = s.text;
    this.folded = s.folded;
    this.words = s.words;
    this.tags = s.tags;
    this.evasion = s.evasion;
    this.at = s.at;
    this.regions = s.regions;
    this.languages = s.languages;
    this.context = context;
    this.brand = brand;
    this.languageSet = s.languageSet;
    this.keyedText = s.keyedText;
    this.tagWords = s.tagWords;
  }

  /**
   * The sentence of each word: a new one starts after a full stop, question or exclamation mark,
   * ellipsis or line break between two words.
   */
  static int[] sentences(String folded, List<Token> words) {
    int[] out = new int[words.size()];
    int sentence = 0;
    for (int i = 1; i < out.length; i++) {
      int from = Math.min(words.get(i - 1).end(), folded.length());
      int to = Math.min(words.get(i).start(), folded.length());
      for (int c = from; c < to; c++) {
        if (SENTENCE_ENDS.indexOf(folded.charAt(c)) >= 0) {
          sentence++;
          break;
        }
      }
      out[i] = sentence;
    }
    return out;
  }

  private static final String SENTENCE_ENDS = ".!?\n\u2026\u3002\uff01\uff1f\u061f\u0964";

  /** This subject with sampled posts and live signals. */
  public Subject withContext(Context context) {
    return new Subject(this, context, brand);
  }

  /**
   * This subject for {@code brand}: the brand's name, handles and own tags from its profile, for
   * rules that tell the brand's own tags and names from others'.
   */
  public Subject withBrand(Brand brand) {
    return new Subject(this, context, brand);
  }

  /** The brand the post is for ({@link Brand#NONE} when the config names none). */
  public Brand brand() {
    return brand;
  }

  public String text() {
    return text;
  }

  public String folded() {
    return folded;
  }

  public List<Token> words() {
    return words;
  }

  public List<TagReadings> tags() {
    return tags;
  }

  public List<EvasionSignal> evasion() {
    return evasion;
  }

  public ZonedDateTime at() {
    return at;
  }

  public List<String> regions() {
    return regions;
  }

  public List<String> languages() {
    return languages;
  }

  public Context context() {
    return context;
  }

  public boolean isGlobal() {
    return regions.isEmpty();
  }

  /** {@link #languages()} as a set. */
  Set<String> languageSet() {
    return languageSet;
  }

  /**
   * The words of the text that chars {@code start} to {@code end} of {@link #folded} touch, as
   * {from, to} word indexes; {-1, -1} when they touch none (punctuation alone).
   */
  int[] wordsAt(int start, int end) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      if (t.end() > start && t.start() < end) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    return new int[] {from, to};
  }

  /** The words of the text with their lookup keys. */
  KeyedWords keyedText() {
    return keyedText;
  }

  /** The words of each tag's readings with their lookup keys, in tag order. */
  List<TagWords> tagWords() {
    return tagWords;
  }

  /**
   * What {@code compute} gives for this subject, worked out once: for views that several rules
   * need (the date rules of a row share the scoring of its observances). {@code key} names the
   * view and everything besides the subject that it depends on.
   */
  @SuppressWarnings("unchecked")
  synchronized <T> T derived(Object key, Supplier<T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.get();
      derived.put(key, v);
    }
    return (T) v;
  }

  @Override
  public String toString() {
    return "Subject[text=" + text + ", at=" + at + ", regions=" + regions + ", languages="
        + languages + ", context=" + context + "]";
  }
}
