package dev.hashvet.report;

import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.VetResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of a result's live context: the tag's usage over the last week ({@link Sparkline})
 * and the share of sampled posts per risk category ({@link Bars}). Nothing when there was no
 * context (offline, or no source answered).
 */
final class Pictures {
  private final Style style;

  Pictures(Style style) {
    this.style = style;
  }

  /** The picture lines, each within {@code width} columns and starting with {@code indent}. */
  List<String> lines(VetResult r, int width, String indent) {
    List<String> out = new ArrayList<>();
    ContextSummary c = r.context();
    if (!r.vetted() || c.mode().equals("offline")) {
      return out;
    }
    new Sparkline(style)
        .line(c.signals().history())
        .ifPresent(l -> out.addAll(Wrap.lines(l, width, indent)));
    List<Bars.Share> shares = Bars.shares(r.findings());
    if (!shares.isEmpty() && c.posts() > 0) {
      out.add(indent + style.dim("share of the " + c.posts() + " sampled posts, by risk"));
      out.addAll(new Bars(style).lines(shares, width, indent + "  "));
    }
    return out;
  }
}
