package dev.hashvet.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hashvet.cli.Env;
import dev.hashvet.cli.ShellBackend;
import dev.hashvet.report.Style;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.Reference;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion, the entry parser, history across sessions and the key bindings. */
class ShellCompletionTest {
  @TempDir Path dir;

  private Env env;
  private Session session;
  private ShellCompleter completer;
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(dir.resolve("samples"));
    Files.writeString(dir.resolve("samples/day.jsonl"), "{\"text\":\"hi\"}\n");
    env =
        new Env(
            Map.of("HOME", dir.toString()),
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC),
            new ByteArrayInputStream(new byte[0]),
            dir,
            false);
    ShellBackend.Started s = ShellBackend.start(env, "--offline");
    PrintWriter w = new PrintWriter(out, true);
    session =
        new Session(
            s.backend(), s.settings(), new Output(w, w, Style.plain(), () -> 100, false, false));
    completer = new ShellCompleter(session, dir);
  }

  private List<String> complete(String line) {
    ParsedLine p = new EntryParser().parse(line, line.length(), ParseContext.COMPLETE);
    String word = p.word();
    // JLine keeps the candidates that start with the word typed; so do we, to read the list.
    return completer.candidates(p).stream()
        .map(Candidate::value)
        .filter(v -> v.startsWith(word))
        .toList();
  }

  @Test
  void commandsAtTheStartOfAnEntry() {
    assertThat(complete(":re")).containsExactlyInAnyOrder(":region", ":record");
    assertThat(complete(":")).contains(":why", ":explain", ":quit", ":help", ":at", ":zone");
  }

  @Test
  void regionAndLanguageCodesIncludingListsSoFar() {
    assertThat(complete(":region I")).contains("IN", "IT", "IE").doesNotContain("US");
    assertThat(complete(":region IN,U")).contains("IN,US", "IN,UA").doesNotContain("US");
    assertThat(complete(":region glo")).containsExactly("global");
    assertThat(complete(":lang h")).contains("hi", "he");
  }

  @Test
  void ruleIdsForExplain() {
    assertThat(complete(":explain context.leg")).containsExactly("context.legal-proceedings");
    assertThat(complete(":explain ")).hasSize(session.backend().rules().rules().size());
  }

  @Test
  void optionsAndTheirValues() {
    assertThat(complete("--re")).contains("--region", "--record");
    assertThat(complete("--offline --la")).containsExactly("--lang");
    assertThat(complete("--region G")).contains("GB", "GR");
    assertThat(complete("--format ")).containsExactly("text", "json");
  }

  @Test
  void valuesOfTheOtherCommands() {
    assertThat(complete(":format ")).containsExactly("text", "json");
    assertThat(complete(":offline o")).containsExactly("on", "off");
    assertThat(complete(":sources b")).containsExactly("bluesky");
    assertThat(complete(":zone Asia/Kol")).containsExactly("Asia/Kolkata");
    assertThat(complete(":sample sa")).containsExactly("samples/");
    assertThat(complete(":sample samples/")).containsExactly("samples/day.jsonl");
    assertThat(complete(":why ")).isEmpty();
  }

  @Test
  void recentTagsWhereverAWordStartsWithHash() {
    session.handle("#notguilty");
    session.handle("Sunny mornings #coffeetime with friends");
    assertThat(complete("#")).containsExactly("#coffeetime", "#notguilty");
    assertThat(complete("Great day for #no")).containsExactly("#notguilty");
  }

  @Test
  void theParserSplitsWordsAndAsksForMoreAfterABackslash() {
    EntryParser p = new EntryParser();
    ParsedLine l = p.parse(":region IN,US", 9, ParseContext.COMPLETE);
    assertThat(l.words()).containsExactly(":region", "IN,US");
    assertThat(l.wordIndex()).isEqualTo(1);
    assertThat(l.wordCursor()).isEqualTo(1);
    ParsedLine gap = p.parse(":region ", 8, ParseContext.COMPLETE);
    assertThat(gap.wordIndex()).isEqualTo(1);
    assertThat(gap.word()).isEmpty();
    assertThatThrownBy(() -> p.parse("first line \\", 12, ParseContext.ACCEPT_LINE))
        .isInstanceOf(EOFError.class);
    assertThat(p.parse("a \\\\", 4, ParseContext.ACCEPT_LINE).words()).containsExactly("a", "\\\\");
  }

  @Test
  void historyIsKeptBetweenSessionsAndFeedsRecentTags() throws Exception {
    Path history = dir.resolve("state/hashvet/history");
    run("#notguilty\n:quit\n", history);
    assertThat(Files.readString(history)).contains("#notguilty");
    Session second = run(":quit\n", history);
    assertThat(second.recentTags()).contains("notguilty");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history)))
        .isEqualTo("rw-------");
  }

  @Test
  void altEnterInsertsANewLine() throws Exception {
    StringWriter sink = new StringWriter();
    try (Terminal t =
        Terminals.piped(new ByteArrayInputStream(new byte[0]), new PrintWriter(sink))) {
      Shell shell =
          new Shell(
              t, session, completer, false, Style.plain(), Optional.empty(), new PrintWriter(sink));
      Object bound = shell.reader().getKeyMaps().get(LineReader.MAIN).getBound(KeyMap.alt('\r'));
      assertThat(bound).isEqualTo(new Reference(Shell.NEWLINE_WIDGET));
      assertThat(shell.run()).isZero();
    }
  }

  @Test
  void historyFileFollowsXdgStateHome() {
    assertThat(HistoryFile.of(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")))
        .isEqualTo(Path.of("/s/hashvet/history"));
    assertThat(HistoryFile.of(Map.of("XDG_STATE_HOME", "relative", "HOME", "/h")))
        .isEqualTo(Path.of("/h/.local/state/hashvet/history"));
    assertThat(HistoryFile.of(Map.of("HOME", "/h")))
        .isEqualTo(Path.of("/h/.local/state/hashvet/history"));
  }

  private Session run(String input, Path history) throws Exception {
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink, true);
    ShellBackend.Started s = ShellBackend.start(env, "--offline");
    Session fresh =
        new Session(
            s.backend(), s.settings(), new Output(w, w, Style.plain(), () -> 80, false, false));
    try (Terminal t =
        Terminals.piped(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), w)) {
      Shell shell =
          new Shell(
              t,
              fresh,
              new ShellCompleter(fresh, dir),
              true,
              Style.plain(),
              Optional.of(history),
              w);
      assertThat(shell.run()).isZero();
    }
    assertThat(sink.toString()).contains("hashvet shell").contains("global · now · offline › ");
    return fresh;
  }
}
