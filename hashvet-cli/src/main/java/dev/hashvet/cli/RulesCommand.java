package dev.hashvet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.HashvetException;
import dev.hashvet.Nearest;
import dev.hashvet.config.Config;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.garm.Garm;
import dev.hashvet.rules.Rule;
import dev.hashvet.rules.RuleBook;
import dev.hashvet.rules.RuleExample;
import dev.hashvet.text.Sanitizer;
import dev.hashvet.vet.RuleTester;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hashvet rules list | explain ID | test [DIR]}. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "The rule packs in force: list them, explain one rule with its examples, or run a pack's own examples.",
    subcommands = {RulesCommand.List.class, RulesCommand.Explain.class, RulesCommand.Test.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  hashvet rules list",
      "  hashvet rules explain context.legal-proceedings",
      "  hashvet rules test ./brand-rules"
    })
final class RulesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every rules subcommand takes. */
  static final class Common {
    @Option(names = "--config", paramLabel = "FILE", description = "Config file (for its rule folders).")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule folder (repeatable).")
    java.util.List<Path> ruleDirs = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Stack traces for unexpected errors.")
    boolean verbose;

    RuleBook load(Env env) {
      Config cfg = new ConfigLoader().load(Optional.ofNullable(config), env.workDir(), env.vars());
      return env.rules().read(Setup.ruleDirs(cfg, ruleDirs, env.workDir()));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists every rule in force: id, severity, category, pack and markets.",
      footerHeading = "%nExamples:%n",
      footer = {"  hashvet rules list", "  hashvet rules list --format json | jq '.[].id'",
          "  hashvet rules list --garm"})
  static final class List implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Common common;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "text",
        description = "text or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--garm", description = "Group the rules by GARM category, with the risk tier"
        + " of each rule's findings.")
    boolean garm;

    private final Env env;

    List(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() throws Exception {
      if (!format.equals("text") && !format.equals("json")) {
        throw HashvetException.input("--format: rules list prints text or json, not '" + format + "'");
      }
      RuleBook book = common.load(env);
      PrintWriter out = spec.commandLine().getOut();
      if (garm) {
        GarmListing listing = new GarmListing(book);
        out.println(format.equals("json") ? listing.json() : listing.text());
        return 0;
      }
      if (format.equals("json")) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = m.createArrayNode();
        for (Rule r : book.rules()) {
          ObjectNode o = arr.addObject();
          o.put("id", r.id());
          o.put("category", r.category().id());
          o.put("severity", r.severity().id());
          o.put("pack", r.pack());
          ArrayNode regions = o.putArray("regions");
          r.regions().forEach(regions::add);
          o.put("why", r.why());
          o.put("where", r.where());
          Garm g = r.garm().of(r.category(), r.severity());
          o.putObject("garm").put("category", g.category().id()).put("tier", g.tier().id());
        }
        out.println(m.writeValueAsString(arr));
        return 0;
      }
      String pack = "";
      for (Rule r : book.rules()) {
        if (!r.pack().equals(pack)) {
          pack = r.pack();
          out.println();
          out.println(pack + ": " + Sanitizer.oneLine(book.packs().getOrDefault(pack, "")));
        }
        out.printf("  %-36s %-6s %-24s%s%n", r.id(), r.severity().id(), r.category().id(),
            r.regions().isEmpty() ? "" : " " + String.join(",", r.regions()));
      }
      out.println();
      out.println(book.rules().size() + " rules in " + book.packs().size() + " packs, "
          + book.terms().all().size() + " term lists");
      return 0;
    }
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Shows one rule: what it looks for, why, and its examples.",
      footerHeading = "%nExamples:%n",
      footer = {"  hashvet rules explain context.legal-proceedings",
          "  hashvet rules explain tag.risky-reading"})
  static final class Explain implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Common common;

    @Parameters(paramLabel = "ID", completionCandidates = Candidates.RuleIds.class,
        description = "The rule id (see 'hashvet rules list').")
    String id;

    private final Env env;

    Explain(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      RuleBook book = common.load(env);
      Rule r = book.rule(id).orElseThrow(() -> unknown(book, id));
      PrintWriter out = spec.commandLine().getOut();
      out.println(r.id());
      out.println("  category: " + r.category().id() + " (" + r.category().title() + ")");
      out.println("  severity: " + r.severity().id());
      out.println("  GARM:     " + r.garm().of(r.category(), r.severity()).label()
          + (r.garm().tier().isPresent() ? " (tier set by the rule)" : " (tier from severity)"));
      out.println("  pack:     " + r.pack() + " (" + r.where() + ")");
      out.println("  markets:  " + (r.regions().isEmpty() ? "all" : String.join(", ", r.regions())));
      out.println("  message:  " + r.message());
      out.println("  why:      " + r.why());
      out.println("  examples:");
      for (RuleExample e : r.examples()) {
        StringBuilder sb = new StringBuilder(e.flag() ? "    flags  " : "    passes ");
        sb.append('"').append(Sanitizer.oneLine(e.text())).append('"');
        e.at().ifPresent(a -> sb.append(" at ").append(a));
        if (!e.regions().isEmpty()) {
          sb.append(" in ").append(String.join(",", e.regions()));
        }
        if (!e.context().isEmpty()) {
          sb.append(" with ").append(e.context().size()).append(" sampled posts");
        }
        e.severity().ifPresent(s -> sb.append(" -> ").append(s.id()));
        out.println(sb);
      }
      return 0;
    }

    /** "unknown rule" with the nearest ids as a hint. */
    static HashvetException unknown(RuleBook book, String id) {
      java.util.List<String> near =
          Nearest.of(id, book.rules().stream().map(Rule::id).toList(), 3);
      return HashvetException.input("unknown rule '" + id + "'", near.isEmpty()
          ? "'hashvet rules list' shows every rule id"
          : "did you mean " + String.join(", ", near) + "? ('hashvet rules list' shows all)");
    }
  }

  @Command(name = "test", mixinStandardHelpOptions = true,
      description = {"Runs the examples that rules and term lists ship with.",
          "With DIR: only the packs in DIR (with the bundled term lists); without: every rule in"
              + " force."},
      footerHeading = "%nExamples:%n",
      footer = {"  hashvet rules test ./brand-rules", "  hashvet rules test",
          "", "Exit codes: 0 every example behaves, 1 some example fails, 2 a rule file is invalid."})
  static final class Test implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin Common common;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Rule folders to test.")
    java.util.List<Path> dirs = new ArrayList<>();

    private final Env env;

    Test(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      RuleBook book;
      if (dirs.isEmpty()) {
        book = common.load(env);
      } else {
        book = env.rules().read(dirs.stream().map(d -> env.workDir().resolve(d).normalize()).toList(),
            false);
      }
      java.util.List<RuleTester.CaseResult> results = RuleTester.test(book);
      if (!dirs.isEmpty()) {
        // The bundled term lists are loaded for the user's rules to use, not tested here: their
        // own examples are the bundled suite's business (over a thousand of them).
        results = results.stream().filter(c -> !c.where().startsWith("(bundled)")).toList();
      }
      PrintWriter out = spec.commandLine().getOut();
      int failed = 0;
      for (RuleTester.CaseResult c : results) {
        if (!c.passed()) {
          failed++;
          out.println("FAIL " + c.subject() + " " + c.name());
          out.println("     " + c.where() + ": " + c.problem());
        }
      }
      out.println((results.size() - failed) + " passed, " + failed + " failed");
      return failed == 0 ? 0 : 1;
    }
  }
}
