package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.List;

/**
 * The shell's answer: the verdict line, then one short line per finding (its message, with the rule
 * id after it), the context pictures, and one line on the context used. The evidence in full is one
 * command away ({@code :why}, which prints the {@link TextReport}). Width-aware; every string from
 * input or a source is cleaned of control and escape sequences.
 */
public final class CompactReport {
  /** Info findings beyond this many are counted, not listed. */
  static final int MAX_INFO = 2;

  private final Style style;
  private final int width;
  private final boolean quiet;
  private final boolean whyHint;

  public CompactReport(Style style, int width, boolean quiet) {
    this(style, width, quiet, true);
  }

  /**
   * {@code whyHint}: end the context line with "· :why for the evidence" when there are findings
   * (false when no person can type {@code :why}, as when the shell's input is piped).
   */
  public CompactReport(Style style, int width, boolean quiet, boolean whyHint) {
    this.style = style;
    this.width = Math.max(40, width);
    this.quiet = quiet;
    this.whyHint = whyHint;
  }

  public void write(VetResult r, PrintWriter out) {
    new TextReport(style, width, true, false).verdictLines(r).forEach(out::println);
    if (quiet) {
      out.flush();
      return;
    }
    int infos = 0;
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.INFO && ++infos > MAX_INFO) {
        continue;
      }
      String mark = style.severity(f.severity(), Style.symbol(f.severity()));
      print(out, "  " + mark + " " + clean(f.message()) + " "
          + style.dim(f.rule() + " · GARM " + f.garm().label()), "    ");
    }
    if (infos > MAX_INFO) {
      print(out, "  " + style.dim("· and " + (infos - MAX_INFO) + " more notes"), "    ");
    }
    if (!r.allowed().isEmpty()) {
      print(
          out,
          "  "
              + style.dim(
                  "allowed by your config: "
                      + String.join(
                          ", ", r.allowed().stream().map(a -> a.finding().rule()).toList())),
          "    ");
    }
    if (r.findings().isEmpty() && r.vetted()) {
      print(out, "  No findings.", "    ");
    }
    new Pictures(style).lines(r, width, "  ").forEach(out::println);
    for (String note : r.notes()) {
      print(out, "  " + style.dim("note: " + clean(note)), "        ");
    }
    print(
        out,
        "  "
            + style.dim(
                contextLine(r.context())
                    + (!whyHint || (r.findings().isEmpty() && r.allowed().isEmpty())
                        ? ""
                        : " · :why for the evidence")),
        "    ");
    out.flush();
  }

  private static String contextLine(ContextSummary c) {
    return switch (c.mode()) {
      case "offline" -> "offline: text, tag, date and region rules only";
      case "sample" -> "context: " + posts(c.posts()) + " from a recorded sample";
      default ->
          "context: "
              + posts(c.posts())
              + " sampled live from "
              + c.sources().stream().filter(s -> s.status().answered()).count()
              + " of "
              + c.sources().size()
              + " sources";
    };
  }

  private static String posts(int n) {
    return n + (n == 1 ? " post" : " posts");
  }

  private void print(PrintWriter out, String text, String indent) {
    String body = text.stripLeading();
    String lead = text.substring(0, text.length() - body.length());
    List<String> lines = Wrap.lines(body, width - Math.max(lead.length(), indent.length()), "");
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? lead : indent) + lines.get(i));
    }
  }

  private static String clean(String s) {
    return Sanitizer.oneLine(s);
  }
}
