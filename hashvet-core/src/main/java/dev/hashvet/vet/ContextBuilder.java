package dev.hashvet.vet;

import dev.hashvet.context.Post;
import dev.hashvet.rules.ContextPost;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.text.Tone;
import dev.hashvet.text.ToneClassifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Prepares sampled posts for the rules: cleans their text, collapses near-duplicates (reposts,
 * copy-paste campaigns), folds and tokenises them, scores their tone and gives each an engagement
 * weight with damping: {@code 1 + ln(1 + likes + 2 * reposts + replies)}, so a post with 10,000
 * reactions counts about ten times one with none, not ten thousand times.
 */
public final class ContextBuilder {
  /** Word 3-shingle overlap above which two posts are the same post. */
  static final double NEAR_DUPLICATE = 0.8;

  /** Pairwise near-duplicate search stops past this many posts (exact copies still collapse). */
  private static final int PAIRWISE_LIMIT = 2_000;

  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern MENTION = Pattern.compile("(^|\\s)@[\\w.@-]+");
  private static final Pattern RT = Pattern.compile("^(rt|repost|rp)\\b:?", Pattern.CASE_INSENSITIVE);

  private final TextAnalysis text;
  private final Supplier<ToneClassifier> tone;

  /**
   * A builder that scores tone with {@code tone}, asked for on the first posts: a run without
   * sampled posts never loads the tone lexicons.
   */
  public ContextBuilder(TextAnalysis text, Supplier<ToneClassifier> tone) {
    this.text = text;
    this.tone = tone;
  }

  /** The distinct posts of {@code posts}, in first-seen order. */
  public List<ContextPost> build(List<Post> posts) {
    Map<String, Group> groups = new LinkedHashMap<>();
    List<Group> pairwise = new ArrayList<>();
    for (Post p : posts) {
      String clean = Sanitizer.clean(p.text());
      String key = key(clean);
      Group g = groups.get(key);
      if (g == null && posts.size() <= PAIRWISE_LIMIT) {
        Set<String> sh = shingles(key);
        for (Group other : pairwise) {
          if (jaccard(sh, other.shingles) >= NEAR_DUPLICATE) {
            g = other;
            break;
          }
        }
      }
      if (g == null) {
        g = new Group(p, clean, shingles(key));
        groups.put(key, g);
        pairwise.add(g);
      } else {
        g.add(p);
      }
    }
    List<ContextPost> out = new ArrayList<>();
    for (Group g : pairwise) {
      Post p = g.best;
      List<String> tags = p.tags().stream().map(text::fold).toList();
      List<String> words = text.words(g.clean, p.tags());
      List<String> readings = new ArrayList<>();
      for (String tag : p.tags()) {
        readings.add(text.read(tag).best().text());
      }
      Tone t = tone.get().score(g.clean, readings).tone();
      out.add(new ContextPost(p.source(), p.id(), Sanitizer.oneLine(p.url()),
          Sanitizer.oneLine(p.author()), p.followers(), g.clean, words, tags, t, g.weight, g.count,
          languages(p.lang(), g.clean)));
    }
    return out;
  }

  /**
   * The source's language for the post (its primary subtag: "pt-BR" is pt) followed by the
   * languages detected in its text; empty when neither says anything. Sources label posts by the
   * author's default language, often wrongly, so detection adds to it rather than replacing it.
   */
  List<String> languages(String sourceLang, String clean) {
    Set<String> out = new java.util.LinkedHashSet<>();
    String primary = sourceLang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    if (primary.matches("[a-z]{2,3}")) {
      out.add(primary);
    }
    List<String> detected = text.languages(clean);
    if (detected.isEmpty()) {
      // No clue in the text: a source label alone is too weak to rule other languages out.
      return List.of();
    }
    out.addAll(detected);
    return new ArrayList<>(out);
  }

  /** Engagement weight with damping; unknown counts count as zero. */
  static double weight(Post p) {
    // In double: counts near Long.MAX_VALUE must not wrap to a negative weight.
    double reactions = Math.max(0, p.likes()) + 2.0 * Math.max(0, p.reposts())
        + Math.max(0, p.replies());
    return 1 + Math.log1p(reactions);
  }

  private static String key(String text) {
    String t = URL.matcher(text).replaceAll(" ");
    t = MENTION.matcher(t).replaceAll(" ");
    t = RT.matcher(t.strip()).replaceAll("");
    return t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}#]+", " ").strip();
  }

  private static Set<String> shingles(String key) {
    String[] w = key.split(" ");
    Set<String> out = new HashSet<>();
    if (w.length < 3) {
      out.add(key);
      return out;
    }
    for (int i = 0; i + 2 < w.length; i++) {
      out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String s : a) {
      if (b.contains(s)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  /** Copies of one post: the most engaged copy stands for all. */
  private static final class Group {
    Post best;
    final String clean;
    final Set<String> shingles;
    double weight;
    int count = 1;

    Group(Post p, String clean, Set<String> shingles) {
      this.best = p;
      this.clean = clean;
      this.shingles = shingles;
      this.weight = weight(p);
    }

    void add(Post p) {
      count++;
      double w = weight(p);
      if (w > weight) {
        weight = w;
        best = p;
      }
    }
  }
}
