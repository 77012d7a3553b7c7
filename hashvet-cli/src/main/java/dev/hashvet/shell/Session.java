package dev.hashvet.shell;

import dev.hashvet.HashvetException;
import dev.hashvet.Nearest;
import dev.hashvet.config.Codes;
import dev.hashvet.report.CompactReport;
import dev.hashvet.report.JsonReport;
import dev.hashvet.report.Run;
import dev.hashvet.report.Style;
import dev.hashvet.report.TextReport;
import dev.hashvet.report.Wrap;
import dev.hashvet.rules.Rule;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.vet.DateTimes;
import dev.hashvet.vet.VetResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shell session: the settings in force, the last answer and the tags vetted recently. Each
 * entry is a session command ({@code :region IN,US}), a line of options ({@code --region IN}) or a
 * tag or post to vet. A bad entry prints one error line and changes nothing; no entry ends the
 * session except {@code :quit}.
 */
public final class Session {
  /** How many recent tags completion offers. */
  static final int RECENT_TAGS = 50;

  private static final Pattern COMMAND = Pattern.compile("^:[A-Za-z?]+(\\s|$)");
  private static final Pattern OPTIONS = Pattern.compile("^--[A-Za-z]");
  private static final Pattern TAG = Pattern.compile("[#＃]([\\p{L}\\p{M}\\p{N}_]{1,100})");
  private static final DateTimeFormatter PROMPT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Backend backend;
  private final Output output;
  private Settings settings;
  private Vetting vetting;
  private VetResult last;
  private final LinkedHashSet<String> recent = new LinkedHashSet<>();

  /** A session with {@code initial} settings; throws when they do not hold. */
  public Session(Backend backend, Settings initial, Output output) {
    this.backend = backend;
    this.output = output;
    this.vetting = backend.prepare(initial);
    this.settings = initial;
  }

  public Settings settings() {
    return settings;
  }

  public Backend backend() {
    return backend;
  }

  /** The last answer, if any. */
  public Optional<VetResult> last() {
    return Optional.ofNullable(last);
  }

  /** Tags vetted or typed recently, most recent first, without '#'. */
  public List<String> recentTags() {
    List<String> out = new ArrayList<>(recent);
    Collections.reverse(out);
    return out;
  }

  /** Remembers the tags in {@code text} (a history line) for completion. */
  public void rememberTags(String text) {
    Matcher m = TAG.matcher(Sanitizer.oneLine(text));
    while (m.find()) {
      remember(m.group(1));
    }
  }

  private void remember(String tag) {
    recent.remove(tag);
    recent.add(tag);
    while (recent.size() > RECENT_TAGS) {
      recent.remove(recent.iterator().next());
    }
  }

  /**
   * The prompt: the markets and publish date in force, and the context mode when it is not live,
   * e.g. "US,IN · 2026-12-24 18:00 · sample › ".
   */
  public String prompt(Style style) {
    List<String> regions = vetting.regions();
    String where =
        regions.isEmpty()
            ? "global"
            : regions.size() <= 3
                ? String.join(",", regions)
                : String.join(",", regions.subList(0, 3)) + "+" + (regions.size() - 3);
    String when = settings.at().isEmpty() ? "now" : vetting.at().format(PROMPT_TIME);
    StringBuilder sb =
        new StringBuilder(style.accent(where)).append(style.dim(" · ")).append(style.accent(when));
    if (!vetting.mode().equals("live")) {
      sb.append(style.dim(" · ")).append(style.accent(vetting.mode()));
    }
    return sb.append(" › ").toString();
  }

  /** Bare words taken as the commands of the same name. */
  private static final Set<String> BARE = Set.of("exit", "quit", "help");

  /**
   * Handles one entry (a multi-line entry may continue lines with a trailing backslash). Returns
   * false when the user asked to leave.
   */
  public boolean handle(String entry) {
    String text = entry.replace("\r\n", "\n").replace("\\\n", "\n");
    String t = text.strip();
    if (t.isEmpty()) {
      return true;
    }
    try {
      if (COMMAND.matcher(t).find()) {
        return command(t);
      }
      if (BARE.contains(t.toLowerCase(Locale.ROOT))) {
        // What people type to leave or get help in any shell: a command, not a post to vet.
        return command(":" + t.toLowerCase(Locale.ROOT));
      }
      if (OPTIONS.matcher(t).find()) {
        for (List<String> c : backend.commandsFor(Arrays.asList(t.split("\\s+")))) {
          command(c.get(0) + (c.size() > 1 ? " " + c.get(1) : ""));
        }
        return true;
      }
      vet(text.strip());
    } catch (HashvetException e) {
      error(e.getMessage(), e.hint());
    } catch (RuntimeException e) {
      error(
          "unexpected failure: " + e,
          output.verbose() ? null : "run the shell with --verbose for details");
      if (output.verbose()) {
        StringWriter sw = new StringWriter();
        e.printStackTrace(new PrintWriter(sw));
        output.err().print(sw);
      }
    } finally {
      output.out().flush();
      output.err().flush();
    }
    return true;
  }

  private void vet(String text) {
    VetResult r = vetting.vet(text);
    last = r;
    r.tags().forEach(this::remember);
    PrintWriter out = output.out();
    if (settings.format().equals("json")) {
      json(r);
    } else {
      new CompactReport(output.style(), width(), output.quiet(), output.interactive())
          .write(r, out);
      if (!output.quiet()) {
        out.println();
      }
    }
    if (!r.vetted()) {
      error(
          "could not vet: no live source answered",
          ":sample FILE replays a recorded context; :offline uses text rules only");
    }
  }

  private void json(VetResult r) {
    Run run =
        new Run("check", List.of(new Run.Row("", 0, "", r, Map.of())), List.of(), vetting.failOn());
    new JsonReport().write(run, output.out());
  }

  private boolean command(String line) {
    String[] parts = line.strip().split("\\s+", 2);
    String arg = parts.length > 1 ? parts[1].strip() : "";
    SessionCommand cmd =
        SessionCommand.find(parts[0])
            .orElseThrow(
                () ->
                    HashvetException.input(
                        "unknown command '" + parts[0] + "'",
                        closest(parts[0]) + "type :help for the list"));
    switch (cmd) {
      case QUIT -> {
        return false;
      }
      case HELP -> help();
      case WHY -> why();
      case SETTINGS -> showSettings();
      case EXPLAIN -> explain(arg);
      case REGION -> region(arg);
      case AT -> at(arg);
      case ZONE -> zone(arg);
      case LANG -> lang(arg);
      case SOURCES -> sources(arg);
      case OFFLINE -> offline(arg);
      case SAMPLE -> sample(arg);
      case RECORD -> record(arg);
      case FORMAT -> format(arg);
    }
    return true;
  }

  private static String closest(String word) {
    List<String> ids = Arrays.stream(SessionCommand.values()).map(SessionCommand::id).toList();
    return Nearest.of(word, ids, 1).stream().map(id -> "did you mean " + id + "? ")
        .findFirst().orElse("");
  }

  private void region(String arg) {
    if (arg.isEmpty()) {
      info("markets: " + regionsText());
      return;
    }
    List<String> items = arg.equalsIgnoreCase("default") ? List.of() : items(arg);
    Codes.regions(items, ":region");
    apply(settings.withRegions(items));
    info("markets: " + regionsText());
  }

  private void lang(String arg) {
    if (arg.isEmpty()) {
      info("languages: " + languagesText());
      return;
    }
    List<String> items = arg.equalsIgnoreCase("default") ? List.of() : items(arg);
    Codes.languages(items, ":lang");
    apply(settings.withLanguages(items));
    info("languages: " + languagesText());
  }

  private void at(String arg) {
    if (!arg.isEmpty()) {
      String value = arg.equalsIgnoreCase("now") ? "" : arg;
      if (!value.isEmpty()) {
        Optional<ZoneId> zone =
            settings.zone().isEmpty()
                ? Optional.empty()
                : Optional.of(DateTimes.zone(settings.zone(), ":zone"));
        DateTimes.parse(value, zone, ":at");
      }
      apply(settings.withAt(value));
    }
    info("publish time: " + atText());
  }

  private void zone(String arg) {
    if (!arg.isEmpty()) {
      String value = arg.equalsIgnoreCase("default") ? "" : arg;
      if (!value.isEmpty()) {
        DateTimes.zone(value, ":zone");
      }
      apply(settings.withZone(value));
    }
    info(
        "time zone: "
            + (settings.zone().isEmpty()
                ? "default (" + vetting.at().getZone() + ")"
                : settings.zone())
            + "; publish time: "
            + atText());
  }

  private void sources(String arg) {
    if (!arg.isEmpty()) {
      List<String> items =
          arg.equalsIgnoreCase("default")
              ? List.of()
              : items(arg).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
      for (String s : items) {
        if (!backend.sourceIds().contains(s)) {
          throw HashvetException.input(
              ":sources: unknown source '" + s + "'",
              "the sources are " + String.join(", ", backend.sourceIds()));
        }
      }
      apply(settings.withSources(items));
    }
    info(
        "sources: "
            + (settings.sources().isEmpty()
                ? "the config's"
                : String.join(", ", settings.sources()))
            + contextNote());
  }

  private void offline(String arg) {
    boolean on =
        switch (arg.toLowerCase(Locale.ROOT)) {
          case "", "on", "yes", "true" -> true;
          case "off", "no", "false" -> false;
          default -> throw HashvetException.input(":offline: say on or off, not '" + arg + "'");
        };
    if (on && !settings.record().isEmpty()) {
      throw HashvetException.input(
          ":offline: a recording is on and needs fetched context",
          "stop it first with :record off");
    }
    apply(settings.withOffline(on).withSample(on ? "" : settings.sample()));
    info("context: " + contextText());
  }

  private void sample(String arg) {
    if (arg.isEmpty()) {
      info("context: " + contextText());
      return;
    }
    // ':sample off' drops the sample only: after --offline or :offline the session stays offline
    // (it never goes live unasked); a file replaces whichever context was in force.
    boolean off = arg.equalsIgnoreCase("off");
    apply(off ? settings.withSample("") : settings.withSample(arg).withOffline(false));
    info("context: " + contextText());
  }

  private void record(String arg) {
    if (arg.isEmpty()) {
      info("recording: " + (settings.record().isEmpty() ? "off" : "to " + settings.record()));
      return;
    }
    boolean off = arg.equalsIgnoreCase("off");
    if (!off && settings.offline()) {
      throw HashvetException.input(
          ":record: offline, there is no fetched context to record",
          "turn :offline off or give a :sample first");
    }
    apply(settings.withRecord(off ? "" : arg));
    info("recording: " + (off ? "off" : "each answer's context is written to " + arg));
  }

  private void format(String arg) {
    if (!arg.isEmpty()) {
      String f = arg.toLowerCase(Locale.ROOT);
      if (!f.equals("text") && !f.equals("json")) {
        throw HashvetException.input(
            ":format: the shell shows text or json, not '" + arg + "'",
            "for sarif, junit or markdown use 'hashvet check' or 'hashvet calendar'");
      }
      apply(settings.withFormat(f));
    }
    info("format: " + settings.format());
  }

  private void apply(Settings next) {
    Vetting v = backend.prepare(next);
    settings = next;
    vetting = v;
  }

  private void explain(String arg) {
    if (arg.isEmpty()) {
      throw HashvetException.input(
          ":explain: which rule?",
          "e.g. :explain " + backend.rules().rules().get(0).id() + " (Tab completes rule ids)");
    }
    List<Rule> rules = backend.rules().rules();
    Optional<Rule> rule = backend.rules().rule(arg);
    if (rule.isEmpty()) {
      List<Rule> partial = rules.stream().filter(r -> r.id().contains(arg)).toList();
      if (partial.size() == 1) {
        rule = Optional.of(partial.get(0));
      } else if (partial.size() > 1) {
        throw HashvetException.input(
            ":explain: '" + arg + "' matches " + partial.size() + " rules",
            String.join(", ", partial.stream().map(Rule::id).limit(6).toList()));
      }
    }
    if (rule.isEmpty()) {
      List<String> near = Nearest.of(arg, rules.stream().map(Rule::id).toList(), 3);
      throw HashvetException.input(
          ":explain: no rule '" + arg + "'",
          near.isEmpty()
              ? "Tab completes rule ids"
              : "did you mean " + String.join(", ", near) + "?");
    }
    new RuleExplainer(output.style(), width()).lines(rule.get()).forEach(output.out()::println);
  }

  private void why() {
    if (last == null) {
      throw HashvetException.input(":why: nothing vetted yet", "type a #tag or a post first");
    }
    if (settings.format().equals("json")) {
      json(last);
    } else {
      new TextReport(output.style(), width(), false, true).write(last, output.out());
    }
  }

  private void help() {
    PrintWriter out = output.out();
    Style s = output.style();
    print("Type a #tag or a post to vet it with the settings below. Commands:", 0);
    for (SessionCommand c : SessionCommand.values()) {
      String head = "  " + c.id() + (c.args().isEmpty() ? "" : " " + c.args());
      Wrap.columns(s.bold(head), 22, c.description(), width()).forEach(out::println);
    }
    print("Options as for 'hashvet check' work too, e.g. --region IN --at 2026-12-24.", 0);
    print("Keys:", 0);
    for (String[] k :
        new String[][] {
          {"Tab", "complete commands, options, codes, rule ids and recent tags"},
          {"Up, Down, Ctrl-R", "history (kept between sessions)"},
          {"Alt-Enter, \\ at end", "a new line in the same post"},
          {"Ctrl-C", "abandon the line"},
          {"Ctrl-D", "leave"},
        }) {
      Wrap.columns(s.bold("  " + k[0]), 22, k[1], width()).forEach(out::println);
    }
    showSettings();
  }

  private void showSettings() {
    info("markets: " + regionsText() + "; languages: " + languagesText());
    info("publish time: " + atText());
    info(
        "context: "
            + contextText()
            + (settings.record().isEmpty() ? "" : "; recording to " + settings.record())
            + "; format: "
            + settings.format());
  }

  private String regionsText() {
    return vetting.regions().isEmpty() ? "global" : String.join(", ", vetting.regions());
  }

  private String languagesText() {
    return vetting.languages().isEmpty() ? "any" : String.join(", ", vetting.languages());
  }

  private String atText() {
    ZonedDateTime at = vetting.at();
    String when = at.toLocalDateTime().toString().replace('T', ' ') + " " + at.getOffset();
    return settings.at().isEmpty() ? "now (" + when + ")" : when;
  }

  private String contextText() {
    return switch (vetting.mode()) {
      case "offline" -> "offline (text, tag, date and region rules only)";
      case "sample" -> "recorded sample " + settings.sample();
      default ->
          "live sources"
              + (settings.sources().isEmpty()
                  ? ""
                  : " (" + String.join(", ", settings.sources()) + ")");
    };
  }

  private String contextNote() {
    return vetting.mode().equals("live") ? "" : " (used once :offline and :sample are off)";
  }

  private static List<String> items(String arg) {
    return Codes.split(List.of(arg.replaceAll("\\s+", ",")));
  }

  private void info(String text) {
    print(output.style().dim(text), 2);
  }

  private void print(String text, int hang) {
    List<String> lines = Wrap.lines(text, width() - hang, "");
    PrintWriter out = output.out();
    for (int i = 0; i < lines.size(); i++) {
      out.println(i == 0 ? lines.get(i) : " ".repeat(hang) + lines.get(i));
    }
  }

  private void error(String message, String hint) {
    String line =
        output.style().error("error:")
            + " "
            + Sanitizer.oneLine(message)
            + (hint == null || hint.isEmpty() ? "" : " (" + Sanitizer.oneLine(hint) + ")");
    output.err().println(line);
  }

  private int width() {
    int w = output.width().getAsInt();
    return w >= 20 ? w : 100;
  }
}
