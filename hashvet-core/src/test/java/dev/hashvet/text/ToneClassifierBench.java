package dev.hashvet.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A rough throughput figure for {@link ToneClassifier#score(String)}, single-threaded, on the test
 * table's posts and the lexicons' examples (short posts) and on pairs of them joined (about the
 * length of a long tweet). Not a test: run it by hand, see docs/tone.md.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.hashvet.text.ToneClassifierBench [seconds-per-round]
 * </pre>
 */
public final class ToneClassifierBench {
  private ToneClassifierBench() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    long t0 = System.nanoTime();
    ToneClassifier tone = new ToneClassifier();
    double loadMs = (System.nanoTime() - t0) / 1e6;

    List<String> shortPosts = new ArrayList<>();
    for (Arguments a : ToneClassifierTest.posts()) {
      shortPosts.add((String) a.get()[0]);
    }
    for (ToneLexicon lexicon : tone.emotions()) {
      shortPosts.addAll(lexicon.matchExamples());
      shortPosts.addAll(lexicon.noMatchExamples());
    }
    List<String> longPosts = new ArrayList<>();
    for (int i = 0; i < shortPosts.size(); i++) {
      longPosts.add(
          shortPosts.get(i)
              + " "
              + shortPosts.get((i * 7 + 3) % shortPosts.size())
              + " "
              + shortPosts.get((i * 13 + 5) % shortPosts.size()));
    }

    System.out.printf(Locale.ROOT, "lexicons loaded in %.0f ms%n", loadMs);
    // The first round warms the JIT up and is not reported.
    run(tone, shortPosts, seconds, null);
    run(tone, shortPosts, seconds, "short posts");
    run(tone, longPosts, seconds, "long posts");
  }

  private static void run(ToneClassifier tone, List<String> posts, double seconds, String label) {
    long chars = 0;
    for (String p : posts) {
      chars += p.length();
    }
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    long count = 0;
    int sink = 0;
    while (System.nanoTime() < deadline) {
      for (String p : posts) {
        sink += tone.score(p).tone().ordinal();
      }
      count += posts.size();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (label != null) {
      System.out.printf(
          Locale.ROOT,
          "%-11s %4d distinct, mean %3d chars: %,9.0f posts/s (%.1f µs/post, check %d)%n",
          label,
          posts.size(),
          chars / posts.size(),
          count / elapsed,
          elapsed * 1e6 / count,
          sink % 10);
    }
  }
}
