package dev.hashvet.calendar;

import dev.hashvet.Nearest;
import dev.hashvet.rules.Finding;
import dev.hashvet.vet.Allowed;
import dev.hashvet.vet.Verdict;
import dev.hashvet.vet.VetResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row's own exceptions: the rule ids of its {@code ignore} column ({@code ;}-separated; a
 * {@code *} in an id matches any characters, so {@code date.*} is every date rule) and the
 * optional {@code ignore_reason}. The row's findings of those rules are accepted as an allow entry
 * accepts them (kept out of the verdict, shown with the reason and the row's file and line); an
 * id that matched none of the row's findings is stale, and the row says so.
 *
 * @param ids the ids and patterns as written, in column order
 * @param reason the row's ignore_reason, or ""
 * @param where "file:line" of the row
 */
public record RowIgnores(List<String> ids, String reason, String where) {
  /** A row with no ignore column. */
  public static final RowIgnores NONE = new RowIgnores(List.of(), "", "");

  public RowIgnores {
    ids = List.copyOf(ids);
  }

  /**
   * The row's ignores, each checked against the rules in force.
   *
   * @param value the ignore column as written
   * @param rules the ids of the rules in force
   * @param problems where an unknown id is named (with the nearest ids)
   */
  static RowIgnores parse(String value, String reason, String where, Collection<String> rules,
      List<String> problems) {
    List<String> ids = new ArrayList<>();
    for (String part : value.split(";")) {
      String id = part.strip();
      if (id.isEmpty() || ids.contains(id)) {
        continue;
      }
      if (id.chars().allMatch(c -> c == '*' || c == '.')) {
        problems.add(Keys.IGNORE + ": '" + id + "' would accept every finding; name the rules"
            + " (a pattern such as date.* is fine)");
        continue;
      }
      if (rules.stream().noneMatch(r -> matches(id, r))) {
        problems.add(Keys.IGNORE + ": unknown rule '" + id + "'" + nearest(id, rules));
        continue;
      }
      ids.add(id);
    }
    return ids.isEmpty() ? NONE : new RowIgnores(ids, reason.strip(), where);
  }

  private static String nearest(String id, Collection<String> rules) {
    List<String> near = Nearest.of(id, rules, 3);
    return near.isEmpty() ? " ('hashvet rules list' shows the rule ids)"
        : " (did you mean " + String.join(", ", near) + "?)";
  }

  /** True when {@code pattern} (an id, or with '*' for any characters) matches {@code rule}. */
  static boolean matches(String pattern, String rule) {
    if (pattern.indexOf('*') < 0) {
      return pattern.equals(rule);
    }
    return Pattern.matches(globToRegex(pattern), rule);
  }

  private static String globToRegex(String pattern) {
    StringBuilder re = new StringBuilder();
    String[] pieces = pattern.split("\\*", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        re.append(".*");
      }
      re.append(Pattern.quote(pieces[i]));
    }
    return re.toString();
  }

  /**
   * The outcome of applying a row's ignores.
   *
   * @param result the result with the ignored findings accepted (and a note per stale id)
   * @param stale the ids that matched none of the row's findings, in column order
   */
  public record Applied(VetResult result, List<String> stale) {
    public Applied {
      stale = List.copyOf(stale);
    }
  }

  /**
   * Moves the findings of the ignored rules to the accepted ones. An id is stale when no finding
   * of the row, kept or already accepted by the allow list, is of its rules; a row that could not
   * be vetted (its context rules did not run) has none stale.
   */
  public Applied apply(VetResult r) {
    if (ids.isEmpty()) {
      return new Applied(r, List.of());
    }
    List<Finding> kept = new ArrayList<>();
    List<Allowed> allowed = new ArrayList<>(r.allowed());
    String why = reason.isEmpty() ? "ignored in the row (no ignore_reason given)" : reason;
    for (Finding f : r.findings()) {
      if (ids.stream().anyMatch(id -> matches(id, f.rule()))) {
        allowed.add(new Allowed(f, why, where + " (ignore)"));
      } else {
        kept.add(f);
      }
    }
    List<String> stale = new ArrayList<>();
    List<String> notes = new ArrayList<>(r.notes());
    if (r.vetted()) {
      for (String id : ids) {
        if (allowed.stream().noneMatch(a -> matches(id, a.finding().rule()))) {
          stale.add(id);
          notes.add("ignore '" + id + "' matched no finding of this row; remove it from the row's"
              + " ignore column");
        }
      }
    }
    Verdict verdict = Verdict.of(kept);
    if (!r.vetted() && verdict != Verdict.BLOCK) {
      verdict = Verdict.REVIEW;
    }
    return new Applied(new VetResult(r.input(), r.tags(), r.vetted(), verdict, kept, allowed,
        r.context(), notes), stale);
  }
}
