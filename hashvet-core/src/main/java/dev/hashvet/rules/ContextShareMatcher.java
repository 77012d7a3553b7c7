package dev.hashvet.rules;

import dev.hashvet.rules.evidence.ContextShare;
import dev.hashvet.text.Tone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code context_share: {lists: [legal], review_at: 0.2, block_at: 0.4, min_posts: 5}}: the share
 * of sampled posts that talk about the lists' subject, not counting the words of the subject's own
 * tags (every #notguilty post says "not guilty"; only what else it says tells the topic). A post
 * counts only when a term is in its risky sense (an ambiguous term with nothing around it to tell,
 * or a harmless cue, "shooting threes", does not count; see {@link Sense}). Posts are weighted by
 * engagement with damping (see {@link ContextPost#weight()}), near-duplicates already collapsed.
 * The severity is decided here, in this order:
 *
 * <ol>
 *   <li>share at or above {@code block_at}: block; at or above {@code review_at}: review; below:
 *       no finding. Fewer than {@code min_posts} distinct posts in the sample: no finding.
 *   <li>mostly distress ({@link Tone#mostlyDistress}): the severity goes up one level (review
 *       becomes block).
 *   <li>corroboration: a block needs more than a share of words: mostly distress, at least
 *       {@value #CORROBORATING_TERMS} distinct terms across the matching posts, or a news headline
 *       or current event that uses the lists' words. Without it a block is lowered to review.
 *   <li>a few loud accounts: when the matching posts come from at most two authors and the tone is
 *       not mostly distress, the severity goes down one level (a couple of accounts are not yet a
 *       conversation).
 * </ol>
 */
final class ContextShareMatcher implements Matcher {
  private static final int MAX_EXAMPLES = 3;
  private static final int EXAMPLE_CHARS = 240;

  /** Distinct terms across the matching posts that corroborate a block by themselves. */
  static final int CORROBORATING_TERMS = 3;

  private final TermSet terms;
  private final double reviewAt;
  private final double blockAt;
  private final int minPosts;

  ContextShareMatcher(Spec spec) {
    spec.keys(Set.of("lists", "terms", "lang", "review_at", "block_at", "min_posts"));
    this.terms = spec.termSet();
    this.reviewAt = spec.number("review_at", 0.2);
    this.blockAt = spec.number("block_at", 0.4);
    this.minPosts = spec.integer("min_posts", 5);
    if (reviewAt <= 0 || reviewAt > 1 || blockAt < reviewAt || blockAt > 1) {
      throw spec.error("need 0 < review_at <= block_at <= 1");
    }
    if (minPosts < 1) {
      throw spec.error("min_posts", "min_posts must be at least 1");
    }
  }

  @Override
  public List<Match> match(Subject subject) {
    Context ctx = subject.context();
    if (!ctx.present() || ctx.posts().size() < minPosts) {
      return List.of();
    }
    Set<String> tagWords = tagWords(subject);
    double total = 0;
    double matched = 0;
    double distress = 0;
    List<ContextPost> hits = new ArrayList<>();
    Map<String, Integer> termCounts = new HashMap<>();
    Map<Tone, Integer> tones = new EnumMap<>(Tone.class);
    Map<String, Double> byAuthor = new HashMap<>();
    for (ContextPost p : ctx.posts()) {
      total += p.weight();
      List<TermSet.Hit> found = terms.find(p.words(), Set.copyOf(p.languages())).stream()
          .filter(h -> h.sense() != Sense.UNCLEAR)
          .filter(h -> !tagWords.containsAll(p.words().subList(h.from(), h.to())))
          .toList();
      if (found.isEmpty()) {
        continue;
      }
      hits.add(p);
      matched += p.weight();
      if (p.tone().isDistress()) {
        distress += p.weight();
      }
      tones.merge(p.tone(), 1, Integer::sum);
      found.stream().map(TermSet.Hit::term).distinct().forEach(t -> termCounts.merge(t, 1, Integer::sum));
      byAuthor.merge(p.author().isEmpty() ? "post:" + p.id() + p.text().hashCode() : p.author(),
          p.weight(), Double::sum);
    }
    double share = total == 0 ? 0 : matched / total;
    if (share < reviewAt) {
      return List.of();
    }
    Severity severity = share >= blockAt ? Severity.BLOCK : Severity.REVIEW;
    boolean mostlyDistress = Tone.mostlyDistress(distress, matched);
    boolean fewVoices = byAuthor.size() <= 2;
    List<String> adjustments = new ArrayList<>();
    if (mostlyDistress) {
      severity = severity.raise();
      adjustments.add("raised: most of these posts are grieving, angry or afraid");
    } else {
      if (severity == Severity.BLOCK && termCounts.size() < CORROBORATING_TERMS
          && !inTheNews(subject, tagWords)) {
        severity = Severity.REVIEW;
        adjustments.add("lowered: only " + termCounts.size() + " distinct word(s) and no"
            + " distress, headline or current event back it up");
      }
      if (fewVoices) {
        severity = severity.lower();
        adjustments.add("lowered: only " + byAuthor.size() + " account(s) post this way");
      }
    }
    Map<String, Integer> toneCounts = new LinkedHashMap<>();
    tones.forEach((t, n) -> toneCounts.put(t.id(), n));
    ContextShare ev = new ContextShare(round(share), hits.size(), ctx.posts().size(),
        topTerms(termCounts), toneCounts, byAuthor.size(), adjustments, examples(hits));
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("share", Math.round(share * 100) + "%");
    vars.put("posts", Integer.toString(hits.size()));
    vars.put("sampled", Integer.toString(ctx.posts().size()));
    vars.put("terms", String.join(", ", topTerms(termCounts)));
    return List.of(new Match(ev, vars, java.util.Optional.of(severity)));
  }

  /** Whether a live headline or current event uses the lists' words (besides the tag's own). */
  private boolean inTheNews(Subject subject, Set<String> tagWords) {
    var signals = subject.context().signals();
    for (var list : List.of(signals.headlines(), signals.events())) {
      for (var h : list) {
        List<String> words = TermList.words(h.title());
        boolean found = terms.find(words, Set.of()).stream()
            .filter(x -> x.sense() != Sense.UNCLEAR)
            .anyMatch(x -> !tagWords.containsAll(words.subList(x.from(), x.to())));
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The words of the subject's own tags: every sampled post carries them, so they say nothing about
   * what the conversation is about ("not guilty" in every #notguilty post).
   */
  private static Set<String> tagWords(Subject subject) {
    Set<String> out = new java.util.HashSet<>();
    for (var t : subject.tags()) {
      out.add(t.folded());
      out.addAll(t.best().words());
    }
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  private static List<String> topTerms(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(5)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static List<ContextShare.Example> examples(List<ContextPost> hits) {
    return hits.stream()
        .sorted(Comparator.comparingDouble(ContextPost::weight).reversed()
            .thenComparing(ContextPost::source).thenComparing(ContextPost::id)
            .thenComparing(ContextPost::text))
        .limit(MAX_EXAMPLES)
        .map(ContextShareMatcher::example)
        .toList();
  }

  private static ContextShare.Example example(ContextPost p) {
    String text = p.text();
    if (text.length() > EXAMPLE_CHARS) {
      text = text.substring(0, EXAMPLE_CHARS - 1) + "…";
    }
    return new ContextShare.Example(text, p.source(), p.url(), p.author(), p.followers(),
        p.tone().id(), p.duplicates());
  }
}
