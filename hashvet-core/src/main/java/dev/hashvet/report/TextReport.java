package dev.hashvet.report;

import dev.hashvet.context.SourceReport;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.rules.evidence.Combined;
import dev.hashvet.rules.evidence.ContextShare;
import dev.hashvet.rules.evidence.DateHit;
import dev.hashvet.rules.evidence.Evidence;
import dev.hashvet.rules.evidence.FieldText;
import dev.hashvet.rules.evidence.ListTerm;
import dev.hashvet.rules.evidence.RiskyReading;
import dev.hashvet.rules.evidence.TagSpan;
import dev.hashvet.rules.evidence.TextSpan;
import dev.hashvet.rules.evidence.UndatedHit;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The report for people: the verdict line first, then the findings grouped by severity with their
 * evidence, then a line on the context used. Width-aware; colour only when the {@link Style} says
 * so; every string that came from input or a source is cleaned of control and escape sequences.
 */
public final class TextReport {
  private static final int MAX_EXAMPLE = 200;

  private final Style style;
  private final int width;
  private static final String OFFLINE =
      "context: none (--offline): text, tag, date and region rules only";
  private final boolean quiet;
  private final boolean verbose;

  public TextReport(Style style, int width, boolean quiet, boolean verbose) {
    this.style = style;
    this.width = Math.max(40, width);
    this.quiet = quiet;
    this.verbose = verbose;
  }

  /** Writes one result (check). */
  public void write(VetResult r, PrintWriter out) {
    verdictLines(r).forEach(out::println);
    if (quiet) {
      if (r.context().mode().equals("offline")) {
        out.println(style.dim(OFFLINE));
      }
      out.flush();
      return;
    }
    out.println();
    for (Severity sev : List.of(Severity.BLOCK, Severity.REVIEW, Severity.INFO)) {
      for (Finding f : r.findings()) {
        if (f.severity() == sev) {
          finding(f, out);
        }
      }
    }
    if (r.findings().isEmpty() && r.vetted()) {
      out.println("  No findings.");
      out.println();
    }
    for (Allowed a : r.allowed()) {
      line(out, "  " + style.dim("allowed") + " " + a.finding().rule() + ": "
          + clean(a.finding().message()) + " (" + clean(a.reason()) + ", " + a.where() + ")", "    ");
    }
    if (!r.allowed().isEmpty()) {
      out.println();
    }
    context(r, out);
    for (String note : r.notes()) {
      line(out, style.dim("note: ") + clean(note), "      ");
    }
    out.flush();
  }

  /** "BLOCK  #notguilty · 2011-07-05 15:00 -04:00 · US  (2 findings)" */
  public String verdictLine(VetResult r) {
    return String.join("", verdictParts(r));
  }

  /**
   * The verdict line, broken where it does not fit the width: the symbol, verdict and subject stay
   * on the first line; date, markets and counts follow, indented, on the next ones.
   */
  public List<String> verdictLines(VetResult r) {
    List<String> parts = verdictParts(r);
    List<String> lines = new ArrayList<>();
    String first = parts.get(0);
    if (Columns.width(first) > width) {
      List<String> wrapped = Wrap.lines(first, width, "");
      for (int i = 0; i < wrapped.size() - 1; i++) {
        lines.add((i == 0 ? "" : "   ") + wrapped.get(i));
      }
      first = (wrapped.size() > 1 ? "   " : "") + wrapped.get(wrapped.size() - 1);
    }
    StringBuilder current = new StringBuilder(first);
    for (String p : parts.subList(1, parts.size())) {
      if (Columns.width(current.toString()) + Columns.width(p) <= width) {
        current.append(p);
      } else {
        lines.add(current.toString());
        current = new StringBuilder("   ").append(p.replaceFirst("^( · |  )", ""));
      }
    }
    lines.add(current.toString());
    return lines;
  }

  /** The verdict line in pieces: "✖ BLOCK  #tag", " · date", " · regions", "  (counts)". */
  private List<String> verdictParts(VetResult r) {
    String label = r.vetted() || r.verdict() == Verdict.BLOCK ? r.verdict().name()
        : "COULD NOT VET";
    String head = style.verdict(r.verdict(), Style.symbol(r.verdict()) + " " + label);
    String what = r.tags().isEmpty() ? Columns.shorten(clean(r.input().text()), 50)
        : String.join(" ", r.tags().stream().map(t -> "#" + clean(t)).toList());
    String at = r.input().at().toLocalDateTime().toString().replace('T', ' ') + " "
        + r.input().at().getOffset();
    String regions =
        r.input().regions().isEmpty() ? "global" : String.join(",", r.input().regions());
    int blocks = count(r, Severity.BLOCK);
    int reviews = count(r, Severity.REVIEW);
    String counts = r.vetted()
        ? "(" + plural(blocks, "block") + ", " + plural(reviews, "review") + ")"
        : "(no context source answered)";
    return List.of(head + "  " + what, " · " + at, " · " + regions, "  " + style.dim(counts));
  }

  private void finding(Finding f, PrintWriter out) {
    String head = style.severity(f.severity(),
        Style.symbol(f.severity()) + " " + f.severity().id().toUpperCase(Locale.ROOT))
        + "  " + style.bold(f.rule())
        + style.dim("  " + f.category().id() + " · GARM: " + f.garm().label());
    line(out, head, "   ");
    line(out, "   " + clean(f.message()), "   ");
    for (String e : evidence(f)) {
      line(out, "   " + style.dim("›") + " " + e, "     ");
    }
    if (verbose || f.severity() != Severity.INFO) {
      line(out, "   " + style.dim("why: " + clean(f.why())), "        ");
    }
    out.println();
  }

  /** Evidence as short lines: the kinds in words, then the other keys as key: value. */
  List<String> evidence(Finding f) {
    List<Evidence> parts = f.evidence().parts();
    List<String> lines = new ArrayList<>();
    Optional<ListTerm> term = parts.stream().flatMap(e -> term(e).stream()).findFirst();
    String listed = term.map(t -> " (" + clean(t.list()) + ", " + clean(t.lang()) + ")")
        .orElse("");
    Optional<Evidence> placed = f.evidence().place();
    if (placed.isPresent()) {
      Evidence e = placed.get();
      if (e instanceof TagSpan t) {
        lines.add("tag #" + clean(t.tag()) + " reads as \"" + clean(t.reading())
            + "\"; matched \"" + clean(t.span()) + "\"" + listed);
      } else if (e instanceof TextSpan t) {
        lines.add("text: \"" + clean(t.span()) + "\" at " + t.start() + "–" + t.end() + listed);
      } else if (e instanceof RiskyReading r) {
        lines.add("tag #" + clean(r.tag()) + " is meant as \"" + clean(r.best())
            + "\" but reads as \"" + clean(r.riskyReading()) + "\" (risky: "
            + clean(String.join(", ", r.riskyWords())) + "; " + r.cost()
            + " less likely than the meant reading)");
      }
    }
    parts.stream().flatMap(e -> e instanceof ContextShare c ? Stream.of(c) : Stream.empty())
        .findFirst().ifPresent(c -> share(c, lines));
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof DateHit d) {
        date(d, !(f.evidence() instanceof Combined c) || c.ownKey(i, "end"), lines);
        break;
      }
      if (parts.get(i) instanceof UndatedHit u) {
        lines.add(clean(u.name()) + " (" + clean(u.kind()) + ")");
        lines.add(clean(u.note()));
        lines.add("source: " + clean(u.source()));
        break;
      }
    }
    if (f.evidence() instanceof Combined c) {
      // The spans of the following parts, as long as each has one.
      for (int i = 1; i < parts.size() && span(parts.get(i)).isPresent()
          && !c.ownKey(i, "span"); i++) {
        Optional<ListTerm> t = term(parts.get(i));
        lines.add("and \"" + clean(span(parts.get(i)).get()) + "\""
            + (t.isPresent() && !c.ownKey(i, "list") ? " (" + clean(t.get().list()) + ")" : ""));
      }
    }
    boolean dated = parts.stream().anyMatch(e -> e instanceof DateHit || e instanceof UndatedHit);
    for (FieldText.Field e : FieldText.of(f::writeEvidence, FieldText.Form.WORDS)) {
      String k = e.key();
      if (!verbose && (SHOWN.contains(k) || k.matches(".*_\\d+")
          || (dated && DATE_KEYS.contains(k)))) {
        continue;
      }
      lines.add(k.replace('_', ' ') + ": " + clean(e.value()));
    }
    return lines;
  }

  private static Optional<ListTerm> term(Evidence e) {
    if (e instanceof TextSpan t) {
      return t.term();
    }
    return e instanceof TagSpan t ? t.term() : Optional.empty();
  }

  private static Optional<String> span(Evidence e) {
    if (e instanceof TextSpan t) {
      return Optional.of(t.span());
    }
    return e instanceof TagSpan t ? Optional.of(t.span()) : Optional.empty();
  }

  private static void share(ContextShare c, List<String> lines) {
    lines.add(Math.round(c.share() * 100) + "% of " + c.sampled()
        + " sampled posts, weighted by reach (" + c.posts() + " posts by " + c.authors()
        + " authors); words: " + clean(String.join(", ", c.terms())));
    if (!c.tones().isEmpty()) {
      List<String> tones = new ArrayList<>();
      c.tones().forEach((tone, n) -> tones.add(tone + "=" + n));
      lines.add("tone of those posts: " + clean(String.join(", ", tones)));
    }
    for (String a : c.adjusted()) {
      lines.add("severity " + clean(a));
    }
    for (ContextShare.Example p : c.examples()) {
      StringBuilder sb = new StringBuilder("“")
          .append(Columns.shorten(clean(p.text()), MAX_EXAMPLE)).append("”");
      sb.append(" — ").append(clean(p.source()));
      if (!p.author().isEmpty()) {
        sb.append(" · ").append(clean(p.author()));
      }
      if (!p.url().isEmpty()) {
        sb.append(" · ").append(clean(p.url()));
      }
      lines.add(sb.toString());
    }
  }

  /** A date's lines; {@code showEnd}: its last day is not hidden behind another part's end. */
  private static void date(DateHit d, boolean showEnd, List<String> lines) {
    StringBuilder sb = new StringBuilder(clean(d.name()));
    sb.append(" (").append(clean(d.kind())).append(")");
    sb.append(" on ").append(clean(d.date()));
    if (showEnd && !d.end().equals(d.date())) {
      sb.append(" to ").append(clean(d.end()));
    }
    sb.append(" in ").append(clean(d.region()));
    sb.append("; the post goes out ").append(clean(d.local()).replace('T', ' '));
    sb.append(", ").append(clean(d.phase()));
    lines.add(sb.toString());
    if (!d.promotional().isEmpty()) {
      lines.add("promotional words: " + clean(String.join(", ", d.promotional())));
    }
    lines.add("source: " + clean(d.source()));
  }

  /** Evidence keys the lines above already say in words. */
  private static final List<String> SHOWN = List.of("in", "tag", "reading", "span", "start", "end",
      "list", "lang", "term", "share", "sampled", "posts", "authors", "terms", "tones", "adjusted",
      "examples", "best", "risky_reading", "risky_words", "risk_categories", "cost");

  /** Date evidence keys said in words above, or too technical for the text report. */
  private static final List<String> DATE_KEYS = List.of("observance", "name", "kind", "date",
      "region", "regions", "zone", "local", "phase", "window", "moment", "minutes_from_moment",
      "promotional", "basis", "guidance", "source", "note", "dated", "year", "end");

  private void context(VetResult r, PrintWriter out) {
    ContextSummary c = r.context();
    String head;
    switch (c.mode()) {
      case "offline" -> head = OFFLINE;
      case "sample" -> head = "context: recorded sample, " + c.posts() + " distinct posts";
      default -> head = "context: live, " + c.posts() + " distinct posts";
    }
    line(out, style.dim(head), "  ");
    for (SourceReport s : c.sources()) {
      line(out, style.dim("  " + s.id() + ": " + s.status().id() + ", " + s.posts() + " posts"
          + (s.detail().isEmpty() ? "" : " (" + clean(s.detail()) + ")")), "    ");
    }
    for (String p : new Pictures(style).lines(r, width, "  ")) {
      out.println(p);
    }
    if (!c.mood().isEmpty()) {
      line(out, style.dim("  mood: " + clean(c.mood())), "    ");
    }
    if (!c.topTerms().isEmpty()) {
      line(out, style.dim("  words: " + clean(String.join(", ", c.topTerms()))), "    ");
    }
    if (!c.topTags().isEmpty()) {
      line(out, style.dim("  tags used with it: "
          + clean(String.join(" ", c.topTags().stream().map(t -> "#" + t).toList()))), "    ");
    }
  }

  private void line(PrintWriter out, String text, String indent) {
    String body = text.stripLeading();
    String lead = text.substring(0, text.length() - body.length());
    int room = width - Math.max(lead.length(), indent.length());
    List<String> lines = Wrap.lines(body, room, "");
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? lead : indent) + lines.get(i));
    }
  }

  private static int count(VetResult r, Severity s) {
    return (int) r.findings().stream().filter(f -> f.severity() == s).count();
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  static String clean(Object o) {
    return Sanitizer.oneLine(String.valueOf(o));
  }
}
