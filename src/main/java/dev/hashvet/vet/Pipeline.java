package dev.hashvet.vet;

import dev.hashvet.config.AllowEntry;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.text.TagSegmenter;
import dev.hashvet.text.ToneClassifier;
import dev.hashvet.text.WordFrequencies;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The loaded, reusable parts of the pipeline (rule book, text analysis, tone), from which each
 * front end makes {@link Vetter}s for its own context plan. Loading is the slow part; a shell or a
 * calendar run loads once.
 */
public final class Pipeline {
  private final RuleBook book;
  private final TextAnalysis text;
  private final ToneClassifier tone;

  private Pipeline(RuleBook book, TextAnalysis text, ToneClassifier tone) {
    this.book = book;
    this.text = text;
    this.tone = tone;
  }

  /** The bundled rules plus those in {@code ruleDirs}. */
  public static Pipeline load(List<Path> ruleDirs) {
    return of(RuleBook.load(ruleDirs));
  }

  /** A pipeline around an already loaded rule book. */
  public static Pipeline of(RuleBook book) {
    return new Pipeline(book, new TextAnalysis(new TagSegmenter()), ToneClassifier.standard());
  }

  public RuleBook book() {
    return book;
  }

  public TextAnalysis text() {
    return text;
  }

  public ContextBuilder contextBuilder() {
    return new ContextBuilder(text, tone);
  }

  public ContextSummarizer summarizer() {
    WordFrequencies words = WordFrequencies.bundled();
    return new ContextSummarizer(w -> words.cost(w).orElse(ContextSummarizer.RARE));
  }

  public Vetter vetter(ContextPlan plan, List<AllowEntry> allow, Clock clock) {
    return new Vetter(book, text, contextBuilder(), summarizer(), plan, allow, clock);
  }
}
