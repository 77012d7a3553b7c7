package dev.hashvet.shell;

import dev.hashvet.report.Columns;
import dev.hashvet.report.Style;
import dev.hashvet.report.Wrap;
import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RuleExample;
import dev.hashvet.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code :explain RULE}: one rule in words: what it is about, how serious, for which markets, the
 * message and the reason it gives, and the examples it ships with (what must flag, what must pass).
 */
final class RuleExplainer {
  /** At most this many examples of each kind are shown. */
  static final int MAX_EXAMPLES = 4;

  private final Style style;
  private final int width;

  RuleExplainer(Style style, int width) {
    this.style = style;
    this.width = Math.max(40, width);
  }

  List<String> lines(Rule r) {
    List<String> out = new ArrayList<>();
    out.add(style.bold(r.id()) + style.dim("  " + r.pack() + " pack"));
    field(out, "about", r.category().id() + ": " + r.category().title());
    field(out, "severity", r.severity().id());
    field(out, "GARM", r.garm().of(r.category(), r.severity()).label());
    field(out, "markets", r.regions().isEmpty() ? "every market" : String.join(", ", r.regions()));
    field(out, "says", r.message());
    field(out, "why", r.why());
    examples(out, "flags", r.examples().stream().filter(RuleExample::flag).toList());
    examples(out, "passes", r.examples().stream().filter(e -> !e.flag()).toList());
    field(out, "defined", r.where());
    return out;
  }

  private void examples(List<String> out, String label, List<RuleExample> examples) {
    int shown = 0;
    for (RuleExample e : examples) {
      if (shown++ == MAX_EXAMPLES) {
        field(out, "", "… and " + (examples.size() - MAX_EXAMPLES) + " more");
        break;
      }
      StringBuilder sb =
          new StringBuilder("“").append(Columns.shorten(clean(e.text()), 80)).append("”");
      if (!e.regions().isEmpty()) {
        sb.append(" in ").append(String.join(",", e.regions()));
      }
      e.at().ifPresent(at -> sb.append(" on ").append(clean(at)));
      if (!e.context().isEmpty()) {
        sb.append(" with ")
            .append(e.context().size())
            .append(" sampled posts like “")
            .append(Columns.shorten(clean(e.context().get(0).text()), 40))
            .append("”");
      }
      field(out, shown == 1 ? label : "", sb.toString());
    }
  }

  private void field(List<String> out, String label, String value) {
    out.addAll(Wrap.columns(style.dim("  " + label), 11, clean(value), width));
  }

  private static String clean(String s) {
    return Sanitizer.oneLine(s);
  }
}
