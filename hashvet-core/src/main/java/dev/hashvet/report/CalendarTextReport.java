package dev.hashvet.report;

import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calendar report for people: one verdict line per row as it is vetted (with its findings
 * under it when it is not a pass), then the rows that could not be read, then a summary table:
 * counts by verdict, and the blocked rows first, then those to review and the bad rows. Every
 * string from the calendar or a source is cleaned of control and escape sequences.
 */
public final class CalendarTextReport implements RunWriter {
  /** Rows listed per verdict in the summary table; the counts are always complete. */
  static final int LISTED = 50;

  private record Listed(String where, String id, String what) {}

  private final Style style;
  private final int width;
  private final boolean quiet;
  private final boolean verbose;
  private final TextReport text;
  private final PrintWriter out;
  private final List<Listed> blocked = new ArrayList<>();
  private final List<Listed> review = new ArrayList<>();
  private final List<Listed> bad = new ArrayList<>();
  private RunInfo info;

  public CalendarTextReport(Style style, int width, boolean quiet, boolean verbose,
      PrintWriter out) {
    this.style = style;
    this.width = Math.max(40, width);
    this.quiet = quiet;
    this.verbose = verbose;
    this.text = new TextReport(style, width, quiet, verbose);
    this.out = out;
  }

  @Override
  public void begin(RunInfo info) {
    this.info = info;
  }

  @Override
  public void row(Run.Row row) {
    VetResult r = row.result();
    String where = where(row.file(), row.line());
    String top = r.findings().isEmpty() ? "" : r.findings().get(0).rule();
    if (!r.vetted()) {
      top = "could not vet: no source answered";
    }
    if (r.verdict() == Verdict.BLOCK && blocked.size() < LISTED) {
      blocked.add(new Listed(where, TextReport.clean(row.id()), top));
    } else if (r.verdict() == Verdict.REVIEW && review.size() < LISTED) {
      review.add(new Listed(where, TextReport.clean(row.id()), top));
    }
    if (quiet) {
      return;
    }
    String id = row.id().isEmpty() ? "" : style.bold(TextReport.clean(row.id())) + "  ";
    out.println(style.dim(where) + "  " + id + headline(r));
    boolean detail = r.verdict() != Verdict.PASS || !r.vetted() || verbose;
    if (detail) {
      for (Finding f : r.findings()) {
        if (f.severity() == Severity.INFO && !verbose) {
          continue;
        }
        wrapped(style.severity(f.severity(), Style.symbol(f.severity()) + " "
                + f.severity().id()) + " " + style.bold(f.rule()) + ": "
                + TextReport.clean(f.message()) + " "
                + style.dim("(GARM " + f.garm().label() + ")"),
            "    ", "      ");
        if (verbose) {
          for (String e : text.evidence(f)) {
            wrapped(style.dim("› " + e), "      ", "        ");
          }
        }
      }
      for (Allowed a : r.allowed()) {
        wrapped(style.dim("accepted " + a.finding().rule() + " (" + TextReport.clean(a.reason())
            + ", " + a.where() + ")"), "    ", "      ");
      }
    }
    // A note (a post vetted only in part, an ignore that matched nothing) is shown on every row,
    // a passing one too: a PASS with its tail unread must say so.
    for (String n : r.notes()) {
      wrapped(style.dim("note: " + TextReport.clean(n)), "    ", "      ");
    }
    out.flush();
  }

  @Override
  public void error(Run.RowError e) {
    if (bad.size() < LISTED * 20) {
      bad.add(new Listed(where(e.file(), e.line()), TextReport.clean(e.id()),
          TextReport.clean(e.message())));
    }
  }

  @Override
  public void end(RunSummary s) {
    if (!quiet) {
      out.println();
    }
    if (!bad.isEmpty()) {
      out.println(style.bold("Rows that could not be read (fix them and run again):"));
      for (Listed b : bad) {
        wrapped(style.verdict(Verdict.BLOCK, "✖") + " " + b.where()
            + (b.id().isEmpty() ? "" : " " + style.bold(b.id())) + ": " + b.what(), "  ", "      ");
      }
      if (s.errors() > bad.size()) {
        out.println("  ... and " + (s.errors() - bad.size()) + " more");
      }
      out.println();
    }
    table(s);
    out.flush();
  }

  private void table(RunSummary s) {
    String files = info == null || info.files().isEmpty() ? ""
        : " from " + String.join(", ", info.files().stream().map(TextReport::clean).toList());
    out.println(style.bold("Summary: " + plural(s.rows(), "row") + files));
    List<String[]> counts = new ArrayList<>();
    counts.add(new String[] {style.verdict(Verdict.BLOCK, "✖ BLOCK"), "" + s.block()});
    counts.add(new String[] {style.verdict(Verdict.REVIEW, "! REVIEW"), "" + s.review()});
    counts.add(new String[] {style.verdict(Verdict.PASS, "✔ PASS"), "" + s.pass()});
    counts.add(new String[] {"✖ errors", "" + s.errors()});
    for (String[] c : counts) {
      out.println("  " + pad(c[0], 10) + String.format(Locale.ROOT, "%6s", c[1]));
    }
    out.println("  " + pad("  total", 10) + String.format(Locale.ROOT, "%6d", s.rows()));
    if (s.notVetted() > 0) {
      out.println("  " + s.notVetted() + " of the REVIEW rows could not be vetted: no live source"
          + " answered");
    }
    if (s.allowed() + s.baselined() > 0) {
      out.println(style.dim("  accepted findings: " + s.allowed() + " by the allow list or row"
          + " ignores, " + s.baselined() + " by the baseline"));
    }
    List<String[]> rows = new ArrayList<>();
    addRows(rows, style.verdict(Verdict.BLOCK, "✖ BLOCK"), blocked, s.block());
    addRows(rows, style.verdict(Verdict.REVIEW, "! REVIEW"), review, s.review());
    addRows(rows, "✖ error", bad.subList(0, Math.min(LISTED, bad.size())), s.errors());
    if (!rows.isEmpty()) {
      out.println();
      int w1 = rows.stream().mapToInt(r -> visible(r[1])).max().orElse(0);
      int w2 = rows.stream().mapToInt(r -> visible(r[2])).max().orElse(0);
      out.println("  " + style.dim(pad("verdict", 10) + pad("row", w1 + 2) + pad("id", w2 + 2)
          + "finding"));
      for (String[] r : rows) {
        String line = "  " + pad(r[0], 10) + pad(r[1], w1 + 2) + pad(r[2], w2 + 2);
        int room = Math.max(20, width - visible(line));
        String what = r[3].length() > room ? r[3].substring(0, room - 1) + "…" : r[3];
        out.println(line + what);
      }
    }
    String mode = info == null ? "" : info.mode();
    if (mode.equals("offline")) {
      out.println(style.dim("  context: none (--offline): text, tag, date and region rules only"));
    }
    for (String n : s.notes()) {
      wrapped(style.dim("note: " + TextReport.clean(n)), "  ", "        ");
    }
  }

  /** "✖ BLOCK  #notguilty · 2011-07-05 15:00 -04:00 · US  (1 block)" */
  private String headline(VetResult r) {
    String label = r.vetted() || r.verdict() == Verdict.BLOCK ? r.verdict().name()
        : "COULD NOT VET";
    String what = r.tags().isEmpty()
        ? Escape.cut(TextReport.clean(r.input().text()), 50)
        : String.join(" ", r.tags().stream().map(t -> "#" + TextReport.clean(t)).toList());
    String at = r.input().at().toLocalDateTime().toString().replace('T', ' ') + " "
        + r.input().at().getOffset();
    String regions = r.input().regions().isEmpty() ? "global"
        : String.join(",", r.input().regions());
    List<String> counts = new ArrayList<>();
    long blocks = r.findings().stream().filter(f -> f.severity() == Severity.BLOCK).count();
    long reviews = r.findings().stream().filter(f -> f.severity() == Severity.REVIEW).count();
    if (blocks > 0) {
      counts.add(blocks + " block" + (blocks == 1 ? "" : "s"));
    }
    if (reviews > 0) {
      counts.add(reviews + " review" + (reviews == 1 ? "" : "s"));
    }
    return style.verdict(r.verdict(), Style.symbol(r.verdict()) + " " + label) + "  " + what
        + " · " + at + " · " + regions
        + (counts.isEmpty() ? "" : "  " + style.dim("(" + String.join(", ", counts) + ")"));
  }

  private static void addRows(List<String[]> rows, String label, List<Listed> listed, int count) {
    for (Listed l : listed) {
      rows.add(new String[] {label, l.where(), l.id(), l.what()});
    }
    if (count > listed.size()) {
      rows.add(new String[] {label, "...", "", "and " + (count - listed.size()) + " more (above)"});
    }
  }

  /** "plan.csv:12", or "line 12" when the run has one file (named in the summary). */
  private String where(String file, int line) {
    if (info != null && info.files().size() == 1 && info.files().get(0).equals(file)) {
      return "line " + line;
    }
    return TextReport.clean(file) + ":" + line;
  }

  private void wrapped(String body, String lead, String indent) {
    List<String> lines = Wrap.lines(body, width - lead.length(), "");
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? lead : indent) + lines.get(i));
    }
  }

  private static String pad(String s, int w) {
    int v = visible(s);
    return v >= w ? s + " " : s + " ".repeat(w - v);
  }

  /** The width of {@code s} on screen, without colour codes. */
  private static int visible(String s) {
    return s.replaceAll("\u001B\\[[0-9;]*m", "").codePointCount(0,
        s.replaceAll("\u001B\\[[0-9;]*m", "").length());
  }

  private static String plural(int n, String word) {
    return String.format(Locale.ROOT, "%,d", n) + " " + word + (n == 1 ? "" : "s");
  }
}
