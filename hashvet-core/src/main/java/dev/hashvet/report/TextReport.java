package dev.hashvet.report;

import dev.hashvet.context.SourceReport;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Severity;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.ContextSummary;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    for (String e : evidence(f.evidence())) {
      line(out, "   " + style.dim("›") + " " + e, "     ");
    }
    if (verbose || f.severity() != Severity.INFO) {
      line(out, "   " + style.dim("why: " + clean(f.why())), "        ");
    }
    out.println();
  }

  /**
   * " at 38–42" for a text span: its start and end offsets, the end from the span's length when
   * the evidence's {@code end} is not an offset (a date rule's end date shares the key).
   */
  private static String range(Map<String, Object> ev) {
    if (!(ev.get("start") instanceof Number start)) {
      return "";
    }
    int end = ev.get("end") instanceof Number n ? n.intValue()
        : start.intValue() + String.valueOf(ev.getOrDefault("span", "")).length();
    return " at " + start + "–" + end;
  }

  /** Evidence as short lines: the well-known keys in words, the rest as key: value. */
  @SuppressWarnings("unchecked")
  List<String> evidence(Map<String, Object> ev) {
    List<String> lines = new ArrayList<>();
    if ("tag".equals(ev.get("in"))) {
      lines.add("tag #" + clean(ev.get("tag")) + " reads as \"" + clean(ev.get("reading"))
          + "\"; matched \"" + clean(ev.get("span")) + "\""
          + (ev.containsKey("list") ? " (" + clean(ev.get("list")) + ", " + clean(ev.get("lang")) + ")" : ""));
    } else if ("text".equals(ev.get("in"))) {
      lines.add("text: \"" + clean(ev.get("span")) + "\"" + range(ev)
          + (ev.containsKey("list") ? " (" + clean(ev.get("list")) + ", " + clean(ev.get("lang")) + ")" : ""));
    }
    if ("tag_reading".equals(ev.get("in"))) {
      lines.add("tag #" + clean(ev.get("tag")) + " is meant as \"" + clean(ev.get("best"))
          + "\" but reads as \"" + clean(ev.get("risky_reading")) + "\" (risky: "
          + clean(render(ev.get("risky_words"))) + "; " + ev.get("cost")
          + " less likely than the meant reading)");
    }
    if (ev.containsKey("share")) {
      double share = ((Number) ev.get("share")).doubleValue();
      lines.add(Math.round(share * 100) + "% of " + ev.get("sampled") + " sampled posts, weighted by reach ("
          + ev.get("posts") + " posts by " + ev.get("authors") + " authors); words: "
          + clean(String.join(", ", (List<String>) ev.getOrDefault("terms", List.of()))));
      if (ev.get("tones") instanceof Map<?, ?> tones && !tones.isEmpty()) {
        lines.add("tone of those posts: " + clean(tones.toString().replaceAll("[{}]", "")));
      }
      for (Object a : (List<Object>) ev.getOrDefault("adjusted", List.of())) {
        lines.add("severity " + clean(a));
      }
      for (Object o : (List<Object>) ev.getOrDefault("examples", List.of())) {
        Map<String, Object> p = (Map<String, Object>) o;
        StringBuilder sb = new StringBuilder("“")
            .append(Columns.shorten(clean(p.get("text")), MAX_EXAMPLE)).append("”");
        sb.append(" — ").append(clean(p.get("source")));
        if (p.containsKey("author")) {
          sb.append(" · ").append(clean(p.get("author")));
        }
        if (p.containsKey("url")) {
          sb.append(" · ").append(clean(p.get("url")));
        }
        lines.add(sb.toString());
      }
    }
    if (ev.containsKey("observance") && ev.containsKey("name")) {
      StringBuilder sb = new StringBuilder(clean(ev.get("name")));
      sb.append(" (").append(clean(ev.get("kind"))).append(")");
      if (ev.containsKey("date")) {
        sb.append(" on ").append(clean(ev.get("date")));
      }
      if (ev.get("end") instanceof String end && !end.equals(String.valueOf(ev.get("date")))) {
        sb.append(" to ").append(clean(end));
      }
      if (ev.containsKey("region")) {
        sb.append(" in ").append(clean(ev.get("region")));
      }
      if (ev.containsKey("local")) {
        sb.append("; the post goes out ").append(clean(ev.get("local")).replace('T', ' '));
      }
      if (ev.containsKey("phase")) {
        sb.append(", ").append(clean(ev.get("phase")));
      }
      lines.add(sb.toString());
      if (ev.get("promotional") instanceof List<?> promo && !promo.isEmpty()) {
        lines.add("promotional words: " + clean(render(promo)));
      }
      if (ev.containsKey("note")) {
        lines.add(clean(ev.get("note")));
      }
      if (ev.containsKey("source")) {
        lines.add("source: " + clean(ev.get("source")));
      }
    }
    for (int i = 2; ev.containsKey("span_" + i); i++) {
      lines.add("and \"" + clean(ev.get("span_" + i)) + "\""
          + (ev.containsKey("list_" + i) ? " (" + clean(ev.get("list_" + i)) + ")" : ""));
    }
    for (var e : ev.entrySet()) {
      String k = e.getKey();
      if (!verbose && (SHOWN.contains(k) || k.matches(".*_\\d+")
          || (ev.containsKey("observance") && DATE_KEYS.contains(k)))) {
        continue;
      }
      lines.add(k.replace('_', ' ') + ": " + clean(render(e.getValue())));
    }
    return lines;
  }

  /** Evidence keys the lines above already say in words. */
  private static final List<String> SHOWN = List.of("in", "tag", "reading", "span", "start", "end",
      "list", "lang", "term", "share", "sampled", "posts", "authors", "terms", "tones", "adjusted",
      "examples", "best", "risky_reading", "risky_words", "risk_categories", "cost");

  /** Date evidence keys said in words above, or too technical for the text report. */
  private static final List<String> DATE_KEYS = List.of("observance", "name", "kind", "date",
      "region", "regions", "zone", "local", "phase", "window", "moment", "minutes_from_moment",
      "promotional", "basis", "guidance", "source", "note", "dated", "year", "end");

  private static String render(Object v) {
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(x -> parts.add(render(x)));
      return String.join(", ", parts);
    }
    if (v instanceof Map<?, ?> m) {
      List<String> parts = new ArrayList<>();
      m.forEach((k, x) -> parts.add(k + " " + render(x)));
      return String.join(", ", parts);
    }
    return String.valueOf(v);
  }

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
