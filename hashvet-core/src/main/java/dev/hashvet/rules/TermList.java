package dev.hashvet.rules;

import dev.hashvet.text.TextNormalizer;
import dev.hashvet.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named list of words and phrases in one language, read from a term-list file. Every term is
 * stored as the word sequences it may appear as (its inflected forms), folded and tokenised the
 * same way as the text it is matched against. Immutable; its forms and its index are made on
 * first use and then shared by every rule that names the list.
 */
public final class TermList {
  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private final String name;
  private final String lang;
  private final String description;
  private final List<Term> terms;
  private final Examples examples;
  private final String where;
  private final Senses senses;
  private final Phrases exclusions;
  private volatile TermIndex index;

  /**
   * A list.
   *
   * @param name the list's name ("legal"); lists of one name in several languages form one family
   * @param lang the language code ("en")
   * @param description what the list holds
   * @param terms the terms
   * @param examples texts that must contain a term of the list, and texts that must not
   * @param where "file:line" of the list, for messages
   */
  public TermList(String name, String lang, String description, List<Term> terms,
      Examples examples, String where) {
    this(name, lang, description, terms, examples, where, Senses.NONE, Phrases.NONE);
  }

  /**
   * A list with senses and exclusions.
   *
   * @param senses the cues that tell the sense of the list's ambiguous terms
   * @param exclusions idioms in which no term of this language is a hit ("crash course")
   */
  TermList(String name, String lang, String description, List<Term> terms, Examples examples,
      String where, Senses senses, Phrases exclusions) {
    this.name = name;
    this.lang = lang;
    this.description = description;
    this.terms = List.copyOf(terms);
    this.examples = examples;
    this.where = where;
    this.senses = senses;
    this.exclusions = exclusions;
  }

  /**
   * The cues a list gives for the sense of its ambiguous terms.
   *
   * @param window words read either side of a hit, within its sentence
   * @param risky cues of the terms' risky sense ("victims", "gunman")
   * @param benign cues of a harmless sense ("league", "photo")
   */
  record Senses(int window, Phrases risky, Phrases benign) {
    static final int DEFAULT_WINDOW = 8;
    static final Senses NONE = new Senses(DEFAULT_WINDOW, Phrases.NONE, Phrases.NONE);
  }

  Senses senses() {
    return senses;
  }

  /** The idioms this list declares; they apply to every list of its language. */
  Phrases exclusions() {
    return exclusions;
  }

  /**
   * The sense of {@code term} (of this list) found at words {@code from} to {@code to}, with the
   * cue that told it ("" for none), or null when a harmless sense is cued and the risky one is not.
   */
  SenseFound sense(Term term, KeyedWords words, int from, int to) {
    if (!term.ambiguous()) {
      return SenseFound.SPECIFIC;
    }
    int w = senses.window();
    String cue = term.risky().near(words, from, to, w);
    if (cue.isEmpty()) {
      cue = senses.risky().near(words, from, to, w);
    }
    if (!cue.isEmpty()) {
      return new SenseFound(Sense.RISKY, cue);
    }
    cue = term.benign().near(words, from, to, w);
    if (cue.isEmpty()) {
      cue = senses.benign().near(words, from, to, w);
    }
    return cue.isEmpty() ? SenseFound.UNCLEAR : null;
  }

  /** A sense and the cue that told it. */
  record SenseFound(Sense sense, String cue) {
    static final SenseFound SPECIFIC = new SenseFound(Sense.SPECIFIC, "");
    static final SenseFound UNCLEAR = new SenseFound(Sense.UNCLEAR, "");
  }

  public String name() {
    return name;
  }

  public String lang() {
    return lang;
  }

  public String description() {
    return description;
  }

  public List<Term> terms() {
    return terms;
  }

  public Examples examples() {
    return examples;
  }

  public String where() {
    return where;
  }

  @Override
  public String toString() {
    return name + " (" + lang + ")";
  }

  /** One form of a term, as the index holds it. */
  record Entry(List<String> form, Term term, TermList list) {}

  /**
   * The forms of every term by first word (a phrase also run together as one word, as tags write
   * it), longest forms first under each word, so "not guilty" wins over "not"; made on first use
   * unless read from an image ({@link IndexImage}).
   */
  TermIndex index() {
    TermIndex m = index;
    if (m == null) {
      m = TermIndex.of(buildIndex());
      index = m;
    }
    return m;
  }

  /** Takes {@code index}, read from an image of this list's index, unless it has one already. */
  void indexed(TermIndex index) {
    if (this.index == null) {
      this.index = index;
    }
  }

  /**
   * A hash of everything the index is made from: each term's text, whether it is inflected and
   * its listed forms, in order (see {@link IndexImage}).
   */
  long indexKey() {
    long h = terms.size();
    for (Term t : terms) {
      h = h * 1_000_003L + t.text.hashCode();
      h = h * 31 + t.extraForms.hashCode() * 2L + (t.inflect ? 1 : 0);
    }
    return h;
  }

  /** The index worked out from the terms' forms (what {@link IndexImage} holds for a bundled list). */
  Map<String, List<Entry>> buildIndex() {
    Map<String, List<Entry>> byFirstWord = new HashMap<>();
    for (Term term : terms) {
      for (List<String> form : term.forms()) {
        byFirstWord.computeIfAbsent(form.get(0), k -> new ArrayList<>(2))
            .add(new Entry(form, term, this));
        String joined = joined(form);
        if (!joined.isEmpty()) {
          byFirstWord.computeIfAbsent(joined, k -> new ArrayList<>(2))
              .add(new Entry(List.of(joined), term, this));
        }
      }
    }
    byFirstWord.values().forEach(e -> e.sort(Comparator.comparingInt(x -> -x.form().size())));
    return byFirstWord;
  }

  /**
   * A phrase run together as one word ("ni una menos" as "niunamenos", the way tags write it), or
   * "" for one-word forms and forms with a number placeholder.
   */
  private static String joined(List<String> form) {
    if (form.size() < 2 || form.contains(NUMBER)) {
      return "";
    }
    return String.join("", form);
  }

  /**
   * One term and the word sequences it matches. The forms are worked out on first use: a run
   * reads the lists of every language but matches few (most calendars are in one or two), and
   * inflecting tens of thousands of terms was most of the rule book's start-up.
   */
  public static final class Term {
    private final String text;
    private final String lang;
    private final boolean inflect;
    private final List<String> extraForms;
    private final boolean ambiguous;
    private final Phrases risky;
    private final Phrases benign;

    /** The image of the bundled terms' forms, or null for a term no image can hold. */
    private final FormsImage image;

    private volatile List<List<String>> forms;

    private Term(String text, String lang, boolean inflect, List<String> extraForms,
        boolean ambiguous, Phrases risky, Phrases benign, FormsImage image) {
      this.text = text;
      this.lang = lang;
      this.inflect = inflect;
      this.extraForms = List.copyOf(extraForms);
      this.ambiguous = ambiguous;
      this.risky = risky;
      this.benign = benign;
      this.image = image;
    }

    /** Whether the term has a harmless sense too, so that its findings depend on its cues. */
    public boolean ambiguous() {
      return ambiguous;
    }

    /** Cues of this term's risky sense, besides its list's. */
    Phrases risky() {
      return risky;
    }

    /** Cues of this term's harmless senses, besides its list's. */
    Phrases benign() {
      return benign;
    }

    /** The term as written in its list. */
    public String text() {
      return text;
    }

    /**
     * Its forms, each a sequence of folded words; the first is the term itself. A bundled term's
     * come from the forms worked out at build time ({@link FormsImage}).
     */
    public List<List<String>> forms() {
      List<List<String>> f = forms;
      if (f == null) {
        f = image == null ? null : image.forms(lang, key());
        if (f == null) {
          f = computedForms();
        }
        forms = f;
      }
      return f;
    }

    /** Its forms worked out from the term (what {@link FormsImage} holds for bundled terms). */
    List<List<String>> computedForms() {
      return List.copyOf(TermList.forms(text, lang, inflect, extraForms));
    }

    /** What its forms are worked out from, as one string: the key of its forms in an image. */
    String key() {
      return FormsImage.key(text, inflect, extraForms);
    }

    String lang() {
      return lang;
    }

    /** True when the term has no letter or digit, so no form at all. */
    boolean isEmpty() {
      // A loop, not a stream of code points: every term of every list is asked at start-up.
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          return false;
        }
        i += Character.charCount(c);
      }
      return true;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Example texts of a term list. */
  public record Examples(List<String> match, List<String> noMatch) {
    public static final Examples NONE = new Examples(List.of(), List.of());

    public Examples {
      match = List.copyOf(match);
      noMatch = List.copyOf(noMatch);
    }
  }

  /** Terms written inline in a rule (no examples of their own: the rule's examples cover them). */
  static TermList inline(String where, String lang, List<String> words) {
    List<Term> terms = new ArrayList<>();
    for (String w : words) {
      terms.add(term(w, lang, true, List.of()));
    }
    return new TermList("inline", lang, "terms written in the rule", terms, Examples.NONE, where);
  }

  /**
   * A term whose forms are, on first use: the term and its other-script spellings
   * ({@link Inflector#variants}), the language's regular inflections of each (unless
   * {@code inflect} is false), the listed forms, and every one of those respelled
   * ({@link Inflector#respell}).
   */
  static Term term(String text, String lang, boolean inflect, List<String> extraForms) {
    return new Term(text, lang, inflect, extraForms, false, Phrases.NONE, Phrases.NONE, null);
  }

  /**
   * A term of a term list file: ambiguous (or not), with cues of its own (see {@link #sense}),
   * its forms read from {@code image} when it holds them (null: no image).
   */
  static Term term(String text, String lang, boolean inflect, List<String> extraForms,
      boolean ambiguous, Phrases risky, Phrases benign, FormsImage image) {
    return new Term(text, lang, inflect, extraForms, ambiguous, risky, benign, image);
  }

  private static List<List<String>> forms(
      String text, String lang, boolean inflect, List<String> extraForms) {
    Set<List<String>> forms = new LinkedHashSet<>();
    List<String> base = words(text);
    if (base.isEmpty()) {
      return List.of();
    }
    forms.add(base);
    List<String> spellings = new ArrayList<>();
    spellings.add(text);
    spellings.addAll(Inflector.variants(text, lang));
    for (String spelling : spellings) {
      List<String> w = words(spelling);
      if (w.isEmpty()) {
        continue;
      }
      forms.add(w);
      if (inflect) {
        forms.addAll(Inflector.forms(w, lang));
      }
    }
    for (String f : extraForms) {
      List<String> w = words(f);
      if (!w.isEmpty()) {
        forms.add(w);
      }
    }
    for (List<String> form : new ArrayList<>(forms)) {
      List<String> respelled = form.stream().map(word -> Inflector.respell(word, lang)).toList();
      forms.add(respelled);
    }
    return new ArrayList<>(forms);
  }

  private static boolean isPlainWord(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return !piece.isEmpty();
  }

  /** In a term, stands for any number: "<n> off" matches "20% off". */
  public static final String NUMBER = "<n>";

  /** The folded words of {@code text}, as the matcher sees them ({@link #NUMBER} kept). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String piece : text.strip().split("\\s+")) {
      if (piece.equals(NUMBER)) {
        out.add(NUMBER);
      } else if (isPlainWord(piece)) {
        // A piece of ASCII letters and digits is one word to ICU too: skip the break iterator,
        // which costs more than anything else when tens of thousands of forms are built.
        out.add(piece.toLowerCase(java.util.Locale.ROOT));
      } else {
        TOKENIZER.words(NORMALIZER.fold(piece)).forEach(t -> out.add(t.word()));
      }
    }
    return out;
  }
}
