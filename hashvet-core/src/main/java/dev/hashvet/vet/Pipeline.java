package dev.hashvet.vet;

import dev.hashvet.config.AllowEntry;
import dev.hashvet.garm.BrandProfile;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.RulePackReader;
import dev.hashvet.text.TagSegmenter;
import dev.hashvet.text.ToneClassifier;
import dev.hashvet.text.WordFrequencies;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The loaded, reusable parts of the pipeline (rule book, text analysis; the tone lexicons on first
 * use, since only sampled posts need them), from which each front end makes {@link Vetter}s for
 * its own context plan. Loading is the slow part; a shell or a calendar run loads once.
 */
public final class Pipeline {
  private final RuleBook book;
  private final TextAnalysis text;

  private Pipeline(RuleBook book, TextAnalysis text) {
    this.book = book;
    this.text = text;
  }

  /**
   * The bundled rules plus those in {@code ruleDirs}, read by a new reader: for a program that
   * loads one pipeline.
   */
  public static Pipeline load(List<Path> ruleDirs) {
    return load(new RulePackReader(), ruleDirs);
  }

  /**
   * The bundled rules plus those in {@code ruleDirs}, read by the run's {@code reader} (which
   * parses the bundled files once for every pipeline of the run). Reading the rule book is most
   * of the start-up, so the text models (word frequencies) and the date calendar load meanwhile
   * on a second thread.
   */
  public static Pipeline load(RulePackReader reader, List<Path> ruleDirs) {
    Executor loader = r -> {
      Thread t = new Thread(r, "hashvet-load");
      t.setDaemon(true);
      t.start();
    };
    CompletableFuture<TextAnalysis> models = CompletableFuture.supplyAsync(() -> models(reader),
        loader);
    RuleBook book = reader.read(ruleDirs);
    try {
      return new Pipeline(book, models.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  /**
   * Starts reading what every pipeline needs (the bundled rule book of {@code reader}, the date
   * calendar, the word models) on background threads, for a command about to load a pipeline
   * with {@code reader}: the reading then overlaps the reading of the command line and config
   * instead of following it. A failure here is met again, and reported, by {@link #load}.
   */
  public static void warmUp(RulePackReader reader) {
    background("hashvet-warm-rules", reader::warmUp);
    background("hashvet-warm-models", () -> models(reader));
  }

  private static void background(String name, Runnable work) {
    Thread t = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // Reported by the load that needs it.
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }

  /** Reads {@code reader}'s date calendar, then the word models of a new text analysis. */
  private static TextAnalysis models(RulePackReader reader) {
    reader.warmUpCalendar();
    return new TextAnalysis(new TagSegmenter());
  }

  /** A pipeline around an already loaded rule book. */
  public static Pipeline of(RuleBook book) {
    return new Pipeline(book, new TextAnalysis(new TagSegmenter()));
  }

  public RuleBook book() {
    return book;
  }

  public TextAnalysis text() {
    return text;
  }

  public ContextBuilder contextBuilder() {
    return new ContextBuilder(text, ToneClassifier::standard);
  }

  public ContextSummarizer summarizer() {
    WordFrequencies words = WordFrequencies.bundled();
    return new ContextSummarizer(w -> words.cost(w).orElse(ContextSummarizer.RARE));
  }

  public Vetter vetter(ContextPlan plan, List<AllowEntry> allow, Clock clock) {
    return vetter(plan, allow, BrandProfile.NONE, clock);
  }

  /** A vetter for a brand: its profile's suitability applies to every finding. */
  public Vetter vetter(
      ContextPlan plan, List<AllowEntry> allow, BrandProfile profile, Clock clock) {
    return new Vetter(book, text, contextBuilder(), summarizer(), plan, allow, profile, clock);
  }
}
