package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.report.Origin;
import dev.hashvet.report.Run;
import dev.hashvet.vet.ContextPlan;
import dev.hashvet.vet.FailOn;
import dev.hashvet.vet.Pipeline;
import dev.hashvet.vet.Submission;
import dev.hashvet.vet.VetResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hashvet check}: vets one hashtag or draft post. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Vets one hashtag or draft post and answers PASS, REVIEW or BLOCK with evidence.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet check '#notguilty' --region US",
      "  hashvet check --tag notguilty --at 2011-07-05T15:00:00-04:00 --region US \\",
      "      --sample examples/samples/notguilty-verdict-2011.jsonl",
      "  hashvet check --file draft.txt --region US,GB --format json",
      "  echo \"Who's #notguilty about eating treats?\" | hashvet check - --offline",
      "",
      "Exit codes: 0 nothing at or above --fail-on, 1 at least one, 2 bad input,",
      "3 could not vet (no live source answered)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Input input = new Input();

  @Mixin ContextOptions context;
  @Mixin OutputOptions output;

  private final Env env;

  CheckCommand(Env env) {
    this.env = env;
  }

  @Parameters(paramLabel = "TEXT",
      description = "The hashtag or post (the words are joined by spaces); '-' reads standard"
          + " input.")
  List<String> words;

  /** The other ways to give the post; each excludes the words and the other. */
  static final class Input {
    @Option(names = "--tag", paramLabel = "TAG", description = "Vet a lone tag (with or without '#').")
    String tag;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the post from FILE ('-' for stdin).")
    Path file;
  }

  @Override
  public Integer call() {
    String text = readInput();
    try (Setup setup = new Setup(env, context)) {
      if (output.verbose) {
        setup.verbose(spec.commandLine().getErr());
      }
      List<Path> inputs = setup.inputs(input == null || input.file == null
          || input.file.toString().equals("-")
          ? List.of() : List.of(input.file));
      setup.checkRecording(inputs);
      FailOn failOn = setup.failOn(output);
      Submission submission = new Submission(text, setup.at(), setup.regions(), setup.languages());
      Pipeline pipeline = setup.pipeline();
      ContextPlan plan = setup.plan();
      VetResult result = setup.vetter(pipeline, plan).vet(submission);
      setup.writeRecording(inputs);
      Run run = new Run("check", List.of(row(result)), List.of(), failOn);
      Reports.check(output, env, run, spec.commandLine().getOut());
      if (!result.vetted()) {
        spec.commandLine().getErr().println("error: could not vet: no live source answered (the"
            + " findings shown come from the rules that need no context); use --sample FILE to"
            + " replay a recorded context or --offline for text rules only");
      }
      return run.exitCode();
    }
  }

  /**
   * The one row of a check: a post read with --file is that file from line 1, column 1; text
   * given inline or on stdin has no file, but its spans still have lines and columns.
   */
  private Run.Row row(VetResult result) {
    boolean file = input.file != null && !input.file.toString().equals("-");
    String label = file ? input.file.toString().replace('\\', '/') : "";
    int line = file ? 1 : 0;
    return new Run.Row(label, line, "", result, Map.of(), new Origin(line, 1, 1, false));
  }

  private String readInput() {
    if (words != null && !words.isEmpty() && (input.tag != null || input.file != null)) {
      throw HashvetException.input("give the post as words, --tag or --file, not two of them",
          "hashvet check 'a post', hashvet check --tag notguilty, hashvet check --file post.txt");
    }
    if (input.tag != null) {
      String t = input.tag.strip();
      if (t.startsWith("#") || t.startsWith("＃")) {
        t = t.substring(1);
      }
      if (t.isEmpty()) {
        throw HashvetException.input("--tag: empty tag", "give the tag, e.g. --tag notguilty");
      }
      if (t.chars().anyMatch(Character::isWhitespace)) {
        throw HashvetException.input("--tag: a tag has no spaces: '" + input.tag + "'");
      }
      return "#" + t;
    }
    if (input.file != null) {
      if (input.file.toString().equals("-")) {
        return InputText.fromStream(env.stdin(), "stdin");
      }
      return InputText.fromFile(env.workDir().resolve(input.file), input.file.toString());
    }
    if (words == null || words.isEmpty()) {
      throw HashvetException.input("nothing to check: give a tag or a post",
          "hashvet check '#notguilty', hashvet check --file post.txt, or '-' for stdin");
    }
    if (words.size() == 1 && words.get(0).equals("-")) {
      return InputText.fromStream(env.stdin(), "stdin");
    }
    return String.join(" ", words);
  }
}
