package dev.hashvet.bench;

import dev.hashvet.text.CostModel;
import dev.hashvet.text.RiskLexicon;
import dev.hashvet.text.TagSegmenter;
import dev.hashvet.text.WordFrequencies;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores {@link TagSegmenter} on the shared development sets (top-1 accuracy, lower-cased, any gold
 * alternative counts) and measures its speed. Not a test: run by bench/segmentation.sh.
 *
 * <p>Usage: {@code SegmentationBench DIR [--errors N] [--set name=value,...] [--hindi-scale X]};
 * {@code --set} overrides numbers of the {@link CostModel} for tuning, {@code --hindi-scale} the
 * factor of the romanised Hindi counts (0 leaves them out).
 */
public final class SegmentationBench {
  private record Case(String tag, List<String> golds) {}

  private record Set(String name, List<Case> cases) {}

  private SegmentationBench() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/bench/segmentation");
    int showErrors = 0;
    boolean quick = false;
    CostModel model = CostModel.defaults();
    double hindiScale = WordFrequencies.HINDI_LATN_SCALE;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--errors")) {
        showErrors = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--quick")) {
        quick = true;
      } else if (args[i].equals("--hindi-scale")) {
        hindiScale = Double.parseDouble(args[++i]);
      } else if (args[i].equals("--set")) {
        model = override(model, args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    WordFrequencies freq = hindiScale == WordFrequencies.HINDI_LATN_SCALE
        ? WordFrequencies.bundled() : withHindiScale(hindiScale);
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    RiskLexicon lexicon = RiskLexicon.bundled();
    long t2 = System.nanoTime();
    out.printf(Locale.ROOT, "dictionary load (first use, cold JVM): %.1f ms wall, %.1f ms CPU "
        + "(%d counted + %d extra words); risk lexicon: %.1f ms (%d words)%n", (t1 - t0) / 1e6,
        (c1 - c0) / 1e6, freq.size(), freq.extraSize(), (t2 - t1) / 1e6, lexicon.words().size());
    TagSegmenter segmenter = new TagSegmenter(freq, lexicon, model);

    List<Set> sets = List.of(
        new Set("STAN-small", tsv(dir.resolve("stan-small.tsv"))),
        new Set("STAN-large-dev", tsv(dir.resolve("stan-large-dev.tsv"))),
        new Set("BOUN-dev", boun(dir.resolve("boun-dev.txt"))),
        new Set("HashSet-distant", hashset(dir.resolve("hashset-distant-sampled.csv"))));
    int total = 0;
    int totalRight = 0;
    for (Set set : sets) {
      int right = 0;
      List<String> errors = new ArrayList<>();
      for (Case c : set.cases()) {
        String got = segmenter.read(c.tag()).best().text().toLowerCase(Locale.ROOT);
        if (c.golds().contains(got)) {
          right++;
        } else if (errors.size() < showErrors) {
          errors.add(c.tag() + "\tgot: " + got + "\tgold: " + String.join(" | ", c.golds()));
        }
      }
      total += set.cases().size();
      totalRight += right;
      out.printf(Locale.ROOT, "%-15s %5d tags  top-1 accuracy %.1f%%%n", set.name(),
          set.cases().size(), 100.0 * right / set.cases().size());
      errors.forEach(e -> out.println("  " + e));
    }
    out.printf(Locale.ROOT, "%-15s %5d tags  top-1 accuracy %.1f%%%n", "all", total,
        100.0 * totalRight / total);

    if (quick) {
      return;
    }
    for (Set set : sets) {
      List<String> tags = set.cases().stream().map(Case::tag).toList();
      speed(out, cpu, segmenter, set.name(), tags);
    }
    new RiskBench(out, freq, lexicon, model).run(
        sets.stream().map(s -> new RiskBench.Set(s.name(), s.cases().stream()
            .map(c -> new RiskBench.Case(c.tag(), c.golds())).toList())).toList());
  }

  /** The bundled lists, the romanised Hindi counts scaled by {@code scale} (0: left out). */
  private static WordFrequencies withHindiScale(double scale) throws IOException {
    Class<?> c = SegmentationBench.class;
    try (var en = c.getResourceAsStream("/text/frequency_dictionary_en_82_765.txt.gz");
        var hi = c.getResourceAsStream("/text/hindi-latn-words.txt.gz");
        var extra = c.getResourceAsStream("/text/scowl-words.txt.gz")) {
      return scale == 0 ? WordFrequencies.readGzip(en, extra)
          : WordFrequencies.readGzip(en, hi, scale, extra);
    }
  }

  private static void speed(PrintStream out, ThreadMXBean cpu, TagSegmenter segmenter,
      String name, List<String> tags) {
    for (int warm = 0; warm < 3; warm++) {
      tags.forEach(segmenter::read);
    }
    int rounds = Math.max(1, 20_000 / tags.size());
    long s0 = System.nanoTime();
    long sc0 = cpu.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      tags.forEach(segmenter::read);
    }
    double secs = (System.nanoTime() - s0) / 1e9;
    double cpuSecs = (cpu.getCurrentThreadCpuTime() - sc0) / 1e9;
    out.printf(Locale.ROOT, "speed %-15s %.0f tags/s wall, %.0f tags/s of CPU (one thread, after "
        + "warm-up, %d tags x %d)%n", name, rounds * tags.size() / secs,
        rounds * tags.size() / cpuSecs, tags.size(), rounds);
  }

  /**
   * HashSet-distant: {@code Unsegmented_hashtag_lowerCase} and
   * {@code Segmented_hashtag_lowerCase} (the gold comes from the tags' own capitals, so the tag is
   * read lower-cased).
   */
  private static List<Case> hashset(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split(",", -1);
      if (cols.length >= 7 && !cols[5].isBlank()) {
        out.add(new Case(cols[5].strip(), List.of(normal(cols[6]))));
      }
    }
    return out;
  }

  private static List<Case> tsv(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isBlank()) {
        continue;
      }
      List<String> golds = new ArrayList<>();
      for (int i = 1; i < cols.length; i++) {
        golds.add(normal(cols[i]));
      }
      out.add(new Case(cols[0].strip(), golds));
    }
    return out;
  }

  private static List<Case> boun(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String gold = normal(line);
      if (!gold.isEmpty()) {
        out.add(new Case(line.replaceAll("\\s+", ""), List.of(gold)));
      }
    }
    return out;
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A copy of {@code model} with the {@code name=value} pairs of {@code spec} changed. */
  private static CostModel override(CostModel model, String spec) {
    RecordComponent[] parts = CostModel.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        values[i] = parts[i].getAccessor().invoke(model);
      }
      for (String pair : spec.split(",")) {
        String[] kv = pair.split("=", 2);
        int i = Arrays.stream(parts).map(RecordComponent::getName).toList().indexOf(kv[0]);
        if (i < 0) {
          throw new IllegalArgumentException("no cost-model number called " + kv[0]);
        }
        values[i] = parts[i].getType() == int.class
            ? (Object) Integer.parseInt(kv[1]) : (Object) Double.parseDouble(kv[1]);
      }
      Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      return CostModel.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
