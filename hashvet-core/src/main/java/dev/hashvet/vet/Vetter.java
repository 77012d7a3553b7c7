package dev.hashvet.vet;

import dev.hashvet.HashvetException;
import dev.hashvet.config.AllowEntry;
import dev.hashvet.fetch.FetchedContext;
import dev.hashvet.context.LiveSignals;
import dev.hashvet.context.Post;
import dev.hashvet.fetch.Query;
import dev.hashvet.context.SourceReport;
import dev.hashvet.garm.BrandProfile;
import dev.hashvet.rules.Context;
import dev.hashvet.rules.ContextPost;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.Subject;
import dev.hashvet.text.Reading;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.Token;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vets one submission: reads its text and tags, gets the context, runs the rules, applies the
 * brand profile's suitability and the allow list, and decides the verdict. Safe to share
 * between threads.
 */
public final class Vetter {
  /** Posts longer than this are cut (and the report says so). */
  public static final int MAX_TEXT = 20_000;

  /** At most this many tags of a post are sampled for context. */
  static final int MAX_QUERY_TAGS = 3;

  private final RuleBook book;
  private final TextAnalysis text;
  private final ContextBuilder contextBuilder;
  private final ContextSummarizer summarizer;
  private final ContextPlan plan;
  private final List<AllowEntry> allow;
  private final BrandProfile profile;
  private final BrandSuitability suitability;
  private final Clock clock;

  public Vetter(
      RuleBook book,
      TextAnalysis text,
      ContextBuilder contextBuilder,
      ContextSummarizer summarizer,
      ContextPlan plan,
      List<AllowEntry> allow,
      BrandProfile profile,
      Clock clock) {
    this.book = book;
    this.text = text;
    this.contextBuilder = contextBuilder;
    this.summarizer = summarizer;
    this.plan = plan;
    this.allow = List.copyOf(allow);
    this.profile = profile;
    this.suitability = new BrandSuitability(profile);
    this.clock = clock;
  }

  public VetResult vet(Submission submission) {
    List<String> notes = new ArrayList<>();
    String body = submission.text();
    if (body.length() > MAX_TEXT) {
      notes.add("the input is " + body.length() + " characters; only the first " + MAX_TEXT
          + " were vetted");
      body = body.substring(0, MAX_TEXT);
    }
    if (body.isBlank()) {
      throw HashvetException.input("empty input: give a hashtag or the text of a post",
          "e.g. hashvet check '#notguilty' or hashvet check --file post.txt");
    }
    Subject bare = text.subject(body, submission.at(), submission.regions(),
        submission.languages(), Context.NONE).withBrand(profile.brand());
    if (bare.tags().isEmpty() && bare.words().isEmpty()) {
      throw HashvetException.input("nothing to vet: the input has no tag and no words",
          "a tag needs letters or digits after the '#'");
    }
    List<String> tags = bare.tags().stream().map(TagReadings::tag).toList();
    // The result names the languages the post was vetted for: the ones given, else those detected.
    Submission vetted = submission.languages().equals(bare.languages()) ? submission
        : new Submission(submission.text(), submission.at(), submission.regions(),
            bare.languages(), submission.row());

    ContextSummary summary;
    Subject subject = bare;
    if (plan.provider().isEmpty()) {
      summary = ContextSummary.none(false, plan.mode(), List.of());
    } else {
      FetchedContext fetched = fetch(bare);
      notes.addAll(fetched.warnings());
      if (plan.required() && !fetched.anyAnswered()) {
        ContextSummary none = ContextSummary.none(true, plan.mode(), fetched.sources());
        notes.add(fetched.sources().isEmpty()
            ? "could not vet: no live source is enabled"
            : "could not vet: no source answered; each source's status and reason is listed with"
                + " the context");
        // What the text, tag, date and region rules find still stands: a BLOCK from the text is
        // the answer whatever happens to live context; otherwise it is "could not vet".
        List<Finding> found = new ArrayList<>();
        List<Allowed> accepted = new ArrayList<>();
        judge(bare, submission, found, accepted, notes);
        Verdict verdict = Verdict.of(found) == Verdict.BLOCK ? Verdict.BLOCK : Verdict.REVIEW;
        return new VetResult(vetted, tags, false, verdict, found, accepted, none, notes);
      }
      List<ContextPost> posts = contextBuilder.build(fetched.posts());
      Context ctx = new Context(true, posts, fetched.signals());
      subject = bare.withContext(ctx);
      summary = summarizer.summarize(plan.required(), plan.mode(), fetched.sources(), posts,
          queryWords(bare), fetched.signals());
    }

    List<Finding> findings = new ArrayList<>();
    List<Allowed> allowed = new ArrayList<>();
    judge(subject, submission, findings, allowed, notes);
    return new VetResult(vetted, tags, true, Verdict.of(findings), findings, allowed, summary,
        notes);
  }

  /** The rules' findings for {@code subject}, with the allow list applied, most severe first. */
  private void judge(Subject subject, Submission submission, List<Finding> findings,
      List<Allowed> allowed, List<String> notes) {
    LocalDate today = LocalDate.now(clock);
    for (Finding rated : book.evaluate(subject)) {
      Finding f = suitability.apply(rated);
      Optional<AllowEntry> entry = allowEntry(f, subject, submission.row());
      if (entry.isPresent() && entry.get().expiredOn(today)) {
        notes.add("allow entry at " + entry.get().where() + " for " + f.rule() + " expired on "
            + entry.get().expires().get() + "; the finding counts again");
        findings.add(f);
      } else if (entry.isPresent()) {
        allowed.add(new Allowed(f, entry.get().reason(), entry.get().where()));
      } else {
        findings.add(f);
      }
    }
    findings.sort(Comparator.comparing(Finding::severity).reversed()
        .thenComparing(Finding::rule));
  }

  private FetchedContext fetch(Subject subject) {
    List<Query> queries = new ArrayList<>();
    for (TagReadings t : subject.tags()) {
      if (queries.size() == MAX_QUERY_TAGS) {
        break;
      }
      queries.add(new Query(t.folded(), t.best().words(), clock.instant()));
    }
    if (queries.isEmpty()) {
      queries.add(new Query("", keyWords(subject.words()), clock.instant()));
    }
    if (queries.size() == 1) {
      return plan.provider().get().fetch(queries.get(0));
    }
    List<Post> posts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, SourceReport> reports = new LinkedHashMap<>();
    List<LiveSignals> signals = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Query q : queries) {
      FetchedContext f = plan.provider().get().fetch(q);
      for (Post p : f.posts()) {
        if (seen.add(p.source() + "\u0000" + p.id() + "\u0000" + p.text())) {
          posts.add(p);
        }
      }
      for (SourceReport r : f.sources()) {
        reports.merge(r.id(), r, SourceReport::combine);
      }
      signals.add(f.signals());
      f.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
    }
    return new FetchedContext(posts, new ArrayList<>(reports.values()), merge(signals), warnings);
  }


  private static LiveSignals merge(List<LiveSignals> all) {
    if (all.size() == 1) {
      return all.get(0);
    }
    List<LiveSignals.DailyUse> history = all.get(0).history();
    List<String> trending = new ArrayList<>();
    List<LiveSignals.Headline> headlines = new ArrayList<>();
    List<LiveSignals.Headline> events = new ArrayList<>();
    for (LiveSignals s : all) {
      s.trending().stream().filter(t -> !trending.contains(t)).forEach(trending::add);
      s.headlines().stream().filter(h -> !headlines.contains(h)).forEach(headlines::add);
      s.events().stream().filter(h -> !events.contains(h)).forEach(events::add);
    }
    return new LiveSignals(history, trending, headlines, events);
  }


  /** The longest distinct words of a post without tags, to search for. */
  private static List<String> keyWords(List<Token> words) {
    Set<String> out = new LinkedHashSet<>();
    words.stream()
        .map(Token::word)
        .filter(w -> w.length() > 3)
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .limit(4)
        .forEach(out::add);
    return new ArrayList<>(out);
  }

  private static Set<String> queryWords(Subject s) {
    Set<String> out = new HashSet<>();
    for (TagReadings t : s.tags()) {
      out.add(t.folded());
      for (Reading r : t.readings()) {
        out.addAll(r.words());
      }
    }
    return out;
  }

  private Optional<AllowEntry> allowEntry(Finding f, Subject s, String row) {
    for (AllowEntry e : allow) {
      if (!e.rule().equals(f.rule())) {
        continue;
      }
      boolean tagOk = e.tag().isEmpty()
          || s.tags().stream().anyMatch(t -> t.folded().equals(text.fold(e.tag())));
      boolean termOk = e.term().isEmpty()
          || f.evidence().value("span").equals(Optional.of(text.fold(e.term())))
          || f.evidence().value("term").equals(Optional.of(text.fold(e.term())));
      boolean rowOk = e.row().isEmpty() || e.row().equals(row);
      if (tagOk && termOk && rowOk) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
