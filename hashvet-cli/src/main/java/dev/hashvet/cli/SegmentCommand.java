package dev.hashvet.cli;

import dev.hashvet.InputFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.HashvetException;
import dev.hashvet.text.EvasionDetector;
import dev.hashvet.text.EvasionSignal;
import dev.hashvet.text.Reading;
import dev.hashvet.text.RiskLexicon;
import dev.hashvet.text.TagReadings;
import dev.hashvet.text.TagSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hashvet segment TAG...}: how people may read run-together tags, best reading first, with
 * the risky readings (a risk word hidden across the words) marked. Reads tags from the arguments
 * and from {@code --file}; a bad line is named on standard error and the others are still read.
 */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description = {
      "Shows how people may read run-together hashtags.",
      "The ranked readings, best first, with the risky ones marked (a risk word such as [anal]"
          + " in \"sus anal bum party\"). Costs are in nats above the best reading: the higher,"
          + " the less likely."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet segment '#susanalbumparty' NowThatchersDead",
      "  hashvet segment --format json --top 3 therapistfinder",
      "  hashvet segment --file campaign-tags.txt",
      "  printf 'expertsexchange\\nLoveDP\\n' | hashvet segment --file -",
      "",
      "Readings that add a risk word are always shown, even beyond --top.",
      "Exit 0, or 2 when an argument or a line of --file is not a tag (the other",
      "tags are still read)."
    })
final class SegmentCommand implements Callable<Integer> {
  /** The output formats of this command. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TAG", arity = "0..*", description = "Tags, with or without '#'.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Read one tag a line from FILE ('-' for standard input).")
  String file;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "5",
      description = "Show the N best readings of each tag (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  private final Env env;

  SegmentCommand(Env env) {
    this.env = env;
  }

  /** A tag to read, or a bad input line to report. */
  private record Input(String tag, String where, String problem) {}

  @Override
  public Integer call() {
    if (top < 1) {
      throw HashvetException.input("--top must be 1 or more, got " + top);
    }
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      inputs.add(check(tags.get(i), "argument " + (i + 1)));
    }
    if (file != null) {
      inputs.addAll(readFile(file));
    }
    if (inputs.isEmpty()) {
      throw HashvetException.input("no tag given", "name tags as arguments or use --file FILE");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TagSegmenter segmenter = new TagSegmenter();
    EvasionDetector evasion = new EvasionDetector();
    RiskLexicon lexicon = RiskLexicon.bundled();
    List<TagReadings> results = new ArrayList<>();
    boolean bad = false;
    for (Input in : inputs) {
      if (in.problem() != null) {
        err.println("error: " + Cli.oneLine(in.where() + ": " + in.problem()));
        bad = true;
        continue;
      }
      TagReadings readings = segmenter.read(in.tag());
      results.add(readings);
      if (format == Format.text) {
        printText(out, readings, evasion.inspect(readings.tag(), readings.tag()), lexicon);
      }
    }
    if (format == Format.json) {
      out.println(json(results));
    }
    out.flush();
    err.flush();
    return bad ? HashvetException.BAD_INPUT : 0;
  }

  /** The readings to show: the {@code top} best, and every one that adds a risk word. */
  private List<Reading> shown(TagReadings readings) {
    List<Reading> out = new ArrayList<>();
    List<Reading> all = readings.readings();
    for (int i = 0; i < all.size(); i++) {
      if (i < top || TagSegmenter.addsRisk(all.get(i), readings.best())) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  private void printText(
      PrintWriter out, TagReadings r, List<EvasionSignal> signals, RiskLexicon lexicon) {
    out.println("#" + r.tag());
    for (EvasionSignal s : signals) {
      out.println("  hidden: " + s.detail() + "; reads as '" + s.revealed() + "'");
    }
    for (Reading reading : shown(r)) {
      StringBuilder line = new StringBuilder();
      line.append(String.format(Locale.ROOT, "  %6.1f  ", rounded(reading.cost())));
      List<String> marked = new ArrayList<>();
      for (String w : reading.words()) {
        marked.add(isRiskyWord(w, reading) ? "[" + w + "]" : w);
      }
      line.append(String.join(" ", marked));
      List<String> notes = new ArrayList<>();
      if (reading == r.best()) {
        notes.add("best");
      }
      if (reading.isRisky()) {
        List<String> why = new ArrayList<>();
        for (String w : reading.risky()) {
          why.add(w + " (" + lexicon.category(w).orElse("risk") + ")");
        }
        notes.add("risky: " + String.join(", ", why));
      }
      if (!notes.isEmpty()) {
        line.append("   ").append(String.join(", ", notes));
      }
      out.println(line);
    }
    out.println();
  }

  private static boolean isRiskyWord(String word, Reading reading) {
    for (String r : reading.risky()) {
      if (word.equals(r) || word.equals(r + "'s")) {
        return true;
      }
    }
    return false;
  }

  private String json(List<TagReadings> results) {
    // Made here, not in a static field: text output need not pay for Jackson's start-up.
    ObjectMapper json = new ObjectMapper();
    ArrayNode array = json.createArrayNode();
    for (TagReadings r : results) {
      ObjectNode o = array.addObject();
      o.put("tag", r.tag());
      o.put("best", r.best().text());
      ArrayNode readings = o.putArray("readings");
      for (Reading reading : shown(r)) {
        ObjectNode ro = readings.addObject();
        ro.put("text", reading.text());
        ro.put("cost", rounded(reading.cost()));
        ArrayNode risky = ro.putArray("risky");
        reading.risky().forEach(risky::add);
      }
    }
    try {
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter()
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withArrayEmptySeparator("")
                      .withObjectEmptySeparator(""));
      return json.writer(pretty).writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Costs are shown to one decimal, rounded half up, so that output is stable. */
  private static BigDecimal rounded(double cost) {
    return BigDecimal.valueOf(cost).setScale(1, RoundingMode.HALF_UP);
  }

  private List<Input> readFile(String name) {
    List<String> lines = new ArrayList<>();
    String label = name.equals("-") ? "<stdin>" : name;
    try (BufferedReader reader = open(name)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    } catch (NoSuchFileException e) {
      throw HashvetException.input("--file " + name + ": no such file");
    } catch (CharacterCodingException e) {
      throw HashvetException.input(label + ": not valid UTF-8");
    } catch (IOException e) {
      throw HashvetException.input("--file " + name + ": cannot read: " + e.getMessage(), e);
    }
    List<Input> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = i == 0 ? lines.get(i).replaceFirst("^\uFEFF", "") : lines.get(i);
      out.add(check(line, label + ":" + (i + 1)));
    }
    return out;
  }

  private BufferedReader open(String name) throws IOException {
    InputStream in = name.equals("-")
        ? InputFiles.capped(env.stdin(), "<stdin>", InputFiles.SMALL)
        : InputFiles.open(env.workDir().resolve(Path.of(name)), "--file " + name,
            InputFiles.SMALL);
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** A tag is one run of letters and digits (with '_' allowed), '#' optional. */
  private static Input check(String raw, String where) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return new Input(null, where, "empty line, expected a tag");
    }
    String tag = s.replaceFirst("^[#＃]", "");
    if (tag.isEmpty()) {
      return new Input(null, where, "'" + s + "' has no tag after the '#'");
    }
    if (tag.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || cp == '#' || cp == '＃')) {
      return new Input(null, where, "'" + s + "' is not one tag (no spaces or '#' inside)");
    }
    if (tag.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
      return new Input(null, where, "the tag has a control character");
    }
    if (tag.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return new Input(null, where, "'" + s + "' has no letter or digit");
    }
    return new Input(tag, where, null);
  }
}
