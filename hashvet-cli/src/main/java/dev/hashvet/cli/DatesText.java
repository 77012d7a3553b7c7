package dev.hashvet.cli;

import dev.hashvet.rules.dates.Anniversary;
import dev.hashvet.rules.dates.Observance;
import dev.hashvet.rules.dates.ObservanceCalendar;
import dev.hashvet.rules.dates.Occurrence;
import dev.hashvet.rules.dates.Undated;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text listing of {@code hashvet dates}: one block per observance, guidance wrapped. */
final class DatesText {
  private static final String INDENT = "    ";

  private final int width;

  DatesText(int width) {
    this.width = Math.max(40, width);
  }

  void print(PrintWriter out, String market, int year, ObservanceCalendar calendar,
      List<Occurrence> list, List<Undated> undated) {
    boolean all = market.equals(Observance.GLOBAL);
    if (all) {
      out.println("Sensitive dates in " + year + ", every market: " + count(list.size()));
      out.println("Dates are as observed in each market; times in their own zone.");
    } else {
      out.println("Sensitive dates for " + market + " in " + year + " (with global observances): "
          + count(list.size()));
      out.println("Dates are local to " + market + " (" + calendar.zones().zone(market).getId()
          + ").");
    }
    out.println("promo = a plainly promotional post; plain = any other post.");
    for (Occurrence o : list) {
      out.println();
      Observance ob = o.observance();
      StringBuilder head = new StringBuilder();
      head.append(o.start()).append(' ').append(DatesCommand.weekday(o.start()));
      if (!o.end().equals(o.start())) {
        head.append(" to ").append(o.end()).append(' ').append(DatesCommand.weekday(o.end()));
      }
      head.append("  ").append(ob.name());
      out.println(head);
      List<String> facts = new ArrayList<>();
      facts.add(ob.kind().id());
      facts.add("promo: " + o.severities().promo().id());
      facts.add("plain: " + o.severities().plainId());
      if (ob.window().before() > 0 || ob.window().after() > 0) {
        facts.add("counts from " + o.windowStart() + " to " + o.windowEnd());
      }
      ob.time().ifPresent(t -> facts.add("moment: " + t + " "
          + ob.zone().map(z -> z.getId()).orElse("local time")));
      ob.anniversary().ifPresent(a -> {
        int n = a.yearsSince(o.start().getYear());
        facts.add(a.year() + (n > 0 ? ", " + Anniversary.ordinal(n) + " anniversary" : ""));
        a.toll().ifPresent(t -> facts.add(String.format(Locale.ROOT, "%,d dead", t)));
        a.event().ifPresent(facts::add);
      });
      if (all) {
        facts.add("markets: " + String.join(" ", ob.regions()));
      }
      for (String line : wrap(String.join(" · ", facts), width - INDENT.length())) {
        out.println(INDENT + line);
      }
      for (String line : wrap(ob.guidance(), width - INDENT.length())) {
        out.println(INDENT + line);
      }
      for (String line : wrap("source: " + ob.source(), width - INDENT.length())) {
        out.println(INDENT + line);
      }
    }
    if (!undated.isEmpty()) {
      out.println();
      out.println("Not dated for " + year + " (check these by hand):");
      for (Undated u : undated) {
        out.println(INDENT + u.observance().name() + " " + u.reason());
      }
    }
  }

  private static String count(int n) {
    return n == 1 ? "1 observance" : n + " observances";
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
