package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.rules.evidence.ContextShare;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Small horizontal bars for the share of sampled posts per risk category, taken from the context
 * findings' evidence ({@code share}): "legal proceedings ███████████░░░░░░░░░ 67%". The bar's
 * colour is the finding's severity; categories come most shared first.
 */
public final class Bars {
  /** The widest a bar gets, in columns. */
  static final int MAX_BAR = 20;

  private final Style style;

  public Bars(Style style) {
    this.style = style;
  }

  /** One risk category's share of the sampled posts. */
  public record Share(String label, double share, Severity severity) {}

  /** The shares in {@code findings}' evidence, one per category (the largest), largest first. */
  public static List<Share> shares(List<Finding> findings) {
    Map<String, Share> byCategory = new LinkedHashMap<>();
    for (Finding f : findings) {
      Optional<ContextShare> found = f.evidence().parts().stream()
          .flatMap(e -> e instanceof ContextShare c ? Stream.of(c) : Stream.empty()).findFirst();
      if (found.isEmpty()) {
        continue;
      }
      String label = f.category().id().replace('_', ' ');
      Share s = new Share(label, Math.max(0, Math.min(1, found.get().share())), f.severity());
      byCategory.merge(label, s, (a, b) -> b.share() > a.share() ? b : a);
    }
    List<Share> out = new ArrayList<>(byCategory.values());
    out.sort(
        (a, b) -> {
          int c = Double.compare(b.share(), a.share());
          return c != 0 ? c : a.label().compareTo(b.label());
        });
    return out;
  }

  /**
   * The bars as lines that fit in {@code width} columns after {@code indent}: the labels shortened
   * if need be, the bars at most {@link #MAX_BAR} columns and at least 5.
   */
  public List<String> lines(List<Share> shares, int width, String indent) {
    List<String> out = new ArrayList<>();
    if (shares.isEmpty()) {
      return out;
    }
    int room = width - Columns.width(indent);
    int labelWidth = shares.stream().mapToInt(s -> Columns.width(s.label())).max().orElse(0);
    int bar = Math.max(5, Math.min(MAX_BAR, room - labelWidth - 7));
    labelWidth = Math.max(4, Math.min(labelWidth, room - bar - 7));
    for (Share s : shares) {
      int full = (int) Math.round(s.share() * bar);
      if (s.share() > 0 && full == 0) {
        full = 1;
      }
      String label = Columns.pad(Columns.shorten(s.label(), labelWidth), labelWidth);
      String pct = String.format(Locale.ROOT, "%3d%%", Math.round(s.share() * 100));
      out.add(
          indent
              + label
              + "  "
              + style.severity(s.severity(), "█".repeat(full))
              + style.dim("░".repeat(bar - full))
              + " "
              + pct);
    }
    return out;
  }
}
