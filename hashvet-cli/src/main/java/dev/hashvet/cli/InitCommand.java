package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.config.ConfigLoader;
import dev.hashvet.garm.Industries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hashvet init}: writes a commented starter {@code .hashvet.yml}. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Writes a commented starter .hashvet.yml in the current folder.",
        "With --industry, the file carries that industry's brand profile: which GARM risk tiers"
            + " block and which need a review for such a brand."},
    footerHeading = "%nExamples:%n",
    footer = {"  hashvet init", "  hashvet init --industry alcohol",
        "  hashvet init --force   # overwrite an existing file",
        "", "Industries: default, food_and_drink, alcohol, finance, health, gaming,"
            + " kids_and_family."})
final class InitCommand implements Callable<Integer> {
  static final String TEMPLATE = """
      # hashvet configuration. hashvet finds this file from the working folder upward.
      # Every key is optional; a key hashvet does not know is an error (file, line and key).

      # Default target markets (ISO 3166-1 alpha-2). Leave empty for a global audience.
      regions: [US]

      # Audience languages (ISO 639-1). Leave empty to detect them from each post.
      languages: [en]

      # The lowest verdict that makes hashvet exit 1: review, block or never.
      fail_on: block

      # Extra rule folders (rule packs, term lists and your own observance files, YAML),
      # relative to this file. Test them with: hashvet rules test ./brand-rules
      rules: []

      # Accepted findings: a rule id plus the tag, term or calendar row it is accepted for,
      # a reason, and optionally the last day it applies. Expired entries stop applying.
      # Remove the '#' before an entry to use it.
      allow:
      #  - {rule: context.legal-proceedings, tag: notguilty, reason: "our snack line since 2009", expires: 2027-06-30}

      # Your brand (optional): its name, social handles and own tags, and an industry preset
      # whose suitability settings apply (hashvet init --industry NAME writes them out).
      #brand: {name: "Acme Snacks", handles: ["@acmesnacks"], tags: [acmecrunch], industry: food_and_drink}

      # Live sources. Credentials come from environment variables, never from this file
      # (see docs/sources.md).
      sources:
        mastodon:  {enabled: true, instances: ["https://mastodon.social"]}
        bluesky:   {enabled: true, url: "https://bsky.social"}
        reddit:    {enabled: false}
        news:      {enabled: true, url: "https://api.gdeltproject.org"}
        wikipedia: {enabled: true, url: "https://en.wikipedia.org"}
      """;

  @Spec CommandSpec spec;

  @Option(names = "--force", description = "Overwrite an existing .hashvet.yml.")
  boolean force;

  @Option(names = "--industry", paramLabel = "X",
      description = "Write the brand profile preset of industry X (see the list below).")
  String industry;

  private final Env env;

  InitCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    String text = industry == null ? TEMPLATE : withIndustry(industry);
    Path file = env.workDir().resolve(ConfigLoader.FILE_NAME);
    if (Files.exists(file) && !force) {
      throw HashvetException.input(file + " already exists", "use --force to overwrite it");
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw HashvetException.input("cannot write " + file + ": " + e.getMessage());
    }
    spec.commandLine().getOut().println("wrote " + file
        + (industry == null ? "" : " with the " + industry + " brand profile"));
    return 0;
  }

  /** The template with the brand profile of preset {@code name} in place of the brand example. */
  static String withIndustry(String name) {
    String preset = Industries.text(name).orElseThrow(() -> HashvetException.input(
        "--industry: unknown industry '" + name + "'",
        "known: " + String.join(", ", Industries.names())));
    String profile = "# Your brand, with the industry preset "
        + preset.replaceFirst("^#\\s*", "").replaceFirst("(?m)^brand:\n",
            "brand:\n  #name: \"Your brand\"\n  #handles: [\"@yourbrand\"]\n"
                + "  #tags: [yourcampaign]\n");
    int start = TEMPLATE.indexOf("# Your brand (optional)");
    int end = TEMPLATE.indexOf("# Live sources.");
    return TEMPLATE.substring(0, start) + profile + "\n" + TEMPLATE.substring(end);
  }
}
