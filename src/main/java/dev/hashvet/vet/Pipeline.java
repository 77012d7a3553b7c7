package dev.hashvet.vet;

import dev.hashvet.config.AllowEntry;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.text.TagSegmenter;
import dev.hashvet.text.ToneClassifier;
import dev.hashvet.text.WordFrequencies;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

  /**
   * The bundled rules plus those in {@code ruleDirs}. Loading the rule book is most of the
   * start-up, so the text models (word frequencies, tone lexicons) and the date calendar load
   * meanwhile on a second thread.
   */
  public static Pipeline load(List<Path> ruleDirs) {
    CompletableFuture<Models> models = CompletableFuture.supplyAsync(Pipeline::models, r -> {
      Thread t = new Thread(r, "hashvet-load");
      t.setDaemon(true);
      t.start();
    });
    RuleBook book = RuleBook.load(ruleDirs);
    try {
      Models m = models.join();
      return new Pipeline(book, m.text(), m.tone());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  private record Models(TextAnalysis text, ToneClassifier tone) {}

  private static Models models() {
    ObservanceCalendar.bundled();
    return new Models(new TextAnalysis(new TagSegmenter()), ToneClassifier.standard());
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
