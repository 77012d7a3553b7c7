package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code hashvet help COMMAND}, and did-you-mean for commands, options and rule ids. */
class HelpAndTyposTest {
  @Test
  void helpCommandIsCommandDashDashHelp() {
    CliRun help = CliRun.run("help", "check");
    CliRun dashDash = CliRun.run("check", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).isEqualTo(dashDash.out()).contains("Usage: hashvet check");
    assertThat(CliRun.run("help", "rules", "explain").out())
        .isEqualTo(CliRun.run("rules", "explain", "--help").out());
    assertThat(CliRun.run("help").out()).contains("Usage: hashvet", "install", "help");
  }

  @Test
  void aMistypedCommandGetsTheNearestOne() {
    CliRun r = CliRun.run("chek", "#sunnyday");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("hint: did you mean 'hashvet check'?");
    assertThat(CliRun.run("rules", "expain", "x").err())
        .contains("hint: did you mean 'hashvet rules explain'?");
    assertThat(CliRun.run("help", "chek").err()).contains("hint: did you mean 'hashvet check'?");
  }

  @Test
  void aMistypedOptionGetsTheNearestOne() {
    CliRun r = CliRun.run("check", "#sunnyday", "--offline", "--formt", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("hint: did you mean '--format'?");
    assertThat(CliRun.run("calendar", "x.csv", "--fail-of=review").err())
        .contains("hint: did you mean '--fail-on'?");
  }

  @Test
  void aPartOfARuleIdFindsTheRulesWithThoseWords() {
    CliRun r = CliRun.run("rules", "explain", "context.legal");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("hint: did you mean context.legal-proceedings,")
        .doesNotContain("context.war");
    assertThat(CliRun.run("rules", "explain", "tragdy").err())
        .contains("did you mean text.tragedy, context.tragedy");
  }
}
