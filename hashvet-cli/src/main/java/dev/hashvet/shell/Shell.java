package dev.hashvet.shell;

import dev.hashvet.report.Style;
import dev.hashvet.report.Wrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The read-vet-print loop on a JLine terminal. With prompts (a person at a terminal) it shows the
 * settings in the prompt, keeps history in the state folder and completes with Tab; without (input
 * piped in) it reads entries silently and prints only the answers, so that it can be scripted.
 * Ctrl-C abandons the line; Ctrl-D, the end of the input or {@code :quit} leave.
 */
public final class Shell {
  /** The widget that Alt-Enter runs: a new line inside the entry. */
  static final String NEWLINE_WIDGET = "hashvet-newline";

  private final Terminal terminal;
  private final Session session;
  private final boolean prompts;
  private final Style style;
  private final Optional<Path> historyFile;
  private final PrintWriter err;
  private final LineReader reader;

  /**
   * @param terminal the terminal to read from
   * @param session the session that handles entries
   * @param completer Tab completion
   * @param prompts true when a person is at the terminal: prompts, banner, history
   * @param style colour for the prompt, or none
   * @param historyFile where history is kept between sessions, if anywhere
   * @param err where warnings about the history file go
   */
  public Shell(
      Terminal terminal,
      Session session,
      ShellCompleter completer,
      boolean prompts,
      Style style,
      Optional<Path> historyFile,
      PrintWriter err) {
    this.terminal = terminal;
    this.session = session;
    this.prompts = prompts;
    this.style = style;
    this.err = err;
    this.historyFile = historyFile.filter(this::ready);
    LineReaderBuilder b =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("hashvet")
            .parser(new EntryParser())
            .completer(completer)
            // Posts say "!" and "!!"; they are not history events.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
            .option(LineReader.Option.AUTO_GROUP, true)
            .option(LineReader.Option.GROUP, true)
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, prompts ? "… " : "")
            .variable(LineReader.HISTORY_SIZE, 1000)
            .variable(LineReader.HISTORY_FILE_SIZE, 2000);
    this.historyFile.ifPresent(f -> b.variable(LineReader.HISTORY_FILE, f));
    this.reader = b.build();
    reader
        .getWidgets()
        .put(
            NEWLINE_WIDGET,
            () -> {
              reader.getBuffer().write('\n');
              return true;
            });
    reader
        .getKeyMaps()
        .get(LineReader.MAIN)
        .bind(new Reference(NEWLINE_WIDGET), KeyMap.alt('\r'), KeyMap.alt('\n'));
    // Loads the history file now (JLine would on the first read) so completion knows its tags.
    reader.getHistory().attach(reader);
    for (History.Entry e : reader.getHistory()) {
      session.rememberTags(e.line());
    }
  }

  public LineReader reader() {
    return reader;
  }

  /** Reads and handles entries until the user leaves; returns 0 (the shell is interactive). */
  public int run() {
    if (prompts) {
      PrintWriter w = terminal.writer();
      int width = terminal.getWidth() >= 20 ? terminal.getWidth() : 80;
      Wrap.lines(
              style.bold("hashvet shell")
                  + " · type a #tag or a post to vet it; "
                  + style.bold(":help")
                  + " for commands, Tab completes, Ctrl-D leaves.",
              width,
              "")
          .forEach(w::println);
      w.flush();
    }
    while (true) {
      String line;
      try {
        line = reader.readLine(prompts ? session.prompt(style) : "");
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        String partial = e.getPartialLine();
        if (partial != null && !partial.isBlank()) {
          session.handle(partial);
        }
        break;
      }
      if (!session.handle(line)) {
        break;
      }
    }
    save();
    if (prompts) {
      terminal.writer().println();
      terminal.writer().flush();
    }
    return 0;
  }

  private void save() {
    if (historyFile.isEmpty()) {
      return;
    }
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      err.println(
          "warning: cannot save the shell history to " + historyFile.get() + ": " + e.getMessage());
      err.flush();
    }
  }

  /** Makes the history file's folder; history goes unsaved (with a warning) when it cannot. */
  private boolean ready(Path file) {
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        Files.createFile(file);
        try {
          // Drafts of posts are private until published.
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the folder's defaults apply.
        }
      }
      return true;
    } catch (IOException e) {
      err.println("warning: history is not kept: cannot create " + file + ": " + e.getMessage());
      err.flush();
      return false;
    }
  }
}
