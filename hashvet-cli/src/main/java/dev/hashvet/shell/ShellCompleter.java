package dev.hashvet.shell;

import dev.hashvet.rules.Rule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: session commands at the start of an entry, the check options after "--", the
 * values each command takes (region and language codes, source ids, zones, rule ids, files, on/off,
 * text/json), and recently vetted tags wherever a word starts with '#'.
 */
public final class ShellCompleter implements Completer {
  private static final List<String> REGIONS =
      new ArrayList<>(new TreeSet<>(List.of(Locale.getISOCountries())));
  private static final List<String> LANGUAGES =
      new ArrayList<>(new TreeSet<>(List.of(Locale.getISOLanguages())));

  private final Session session;
  private final Path workDir;

  public ShellCompleter(Session session, Path workDir) {
    this.session = session;
    this.workDir = workDir;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line));
  }

  /** The candidates for the word under the cursor in {@code line}. */
  public List<Candidate> candidates(ParsedLine line) {
    List<Candidate> out = new ArrayList<>();
    String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
    if (word.startsWith("#") || word.startsWith("＃")) {
      for (String t : session.recentTags()) {
        out.add(new Candidate("#" + t, "#" + t, "recent tags", null, null, null, true));
      }
      return out;
    }
    List<String> words = line.words();
    if (line.wordIndex() == 0) {
      if (word.isEmpty() || word.startsWith(":")) {
        for (SessionCommand c : SessionCommand.values()) {
          out.add(
              new Candidate(
                  c.id(), c.id(), "commands", c.description(), null, null, c.args().isEmpty()));
        }
      }
      if (word.isEmpty() || word.startsWith("-")) {
        options(out);
      }
      return out;
    }
    String first = words.get(0);
    if (first.startsWith("--")) {
      String previous = words.get(line.wordIndex() - 1);
      if (word.startsWith("-")) {
        options(out);
      } else {
        optionValue(previous).ifPresent(c -> values(c, word, out));
      }
      return out;
    }
    if (line.wordIndex() == 1) {
      SessionCommand.find(first).ifPresent(c -> values(c, word, out));
    }
    return out;
  }

  private void options(List<Candidate> out) {
    for (Map.Entry<String, String> o : session.backend().options().entrySet()) {
      out.add(new Candidate(o.getKey(), o.getKey(), "options", o.getValue(), null, null, true));
    }
  }

  /** The session command whose values an option takes, e.g. --region takes :region's. */
  private static Optional<SessionCommand> optionValue(String option) {
    return switch (option) {
      case "--region" -> Optional.of(SessionCommand.REGION);
      case "--lang" -> Optional.of(SessionCommand.LANG);
      case "--sources" -> Optional.of(SessionCommand.SOURCES);
      case "--zone" -> Optional.of(SessionCommand.ZONE);
      case "--sample" -> Optional.of(SessionCommand.SAMPLE);
      case "--record" -> Optional.of(SessionCommand.RECORD);
      case "--format" -> Optional.of(SessionCommand.FORMAT);
      default -> Optional.empty();
    };
  }

  private void values(SessionCommand c, String word, List<Candidate> out) {
    switch (c) {
      case REGION -> list(word, REGIONS, List.of("global", "default"), "regions", out, true);
      case LANG -> list(word, LANGUAGES, List.of("default"), "languages", out, false);
      case SOURCES ->
          list(word, session.backend().sourceIds(), List.of("default"), "sources", out, false);
      case ZONE -> {
        out.add(plain("default", "zones"));
        new TreeSet<>(ZoneId.getAvailableZoneIds()).forEach(z -> out.add(plain(z, "zones")));
      }
      case AT -> out.add(plain("now", "times"));
      case OFFLINE -> List.of("on", "off").forEach(v -> out.add(plain(v, "values")));
      case FORMAT -> List.of("text", "json").forEach(v -> out.add(plain(v, "formats")));
      case SAMPLE, RECORD -> {
        out.add(plain("off", "values"));
        files(word, out);
      }
      case EXPLAIN -> {
        for (Rule r : session.backend().rules().rules()) {
          out.add(
              new Candidate(
                  r.id(),
                  r.id(),
                  "rules",
                  r.category().id() + ", " + r.severity().id(),
                  null,
                  null,
                  true));
        }
      }
      default -> {
        // :why, :help, :settings and :quit take nothing.
      }
    }
  }

  /**
   * Codes for a comma-separated list: the codes already typed stay, the last one is completed
   * ("IN,u" offers "IN,US", "IN,UY", ...).
   */
  private static void list(
      String word,
      List<String> codes,
      List<String> words,
      String group,
      List<Candidate> out,
      boolean upper) {
    int comma = word.lastIndexOf(',');
    String done = comma < 0 ? "" : word.substring(0, comma + 1);
    String part = word.substring(comma + 1);
    boolean lower = !upper || (!part.isEmpty() && Character.isLowerCase(part.charAt(0)));
    if (comma < 0) {
      words.forEach(w -> out.add(plain(w, group)));
    }
    for (String code : codes) {
      String c = upper && !lower ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT);
      out.add(new Candidate(done + c, c, group, null, null, null, true));
    }
  }

  private void files(String word, List<Candidate> out) {
    int slash = word.lastIndexOf('/');
    String dirPart = slash < 0 ? "" : word.substring(0, slash + 1);
    Path dir = workDir.resolve(dirPart.isEmpty() ? "." : dirPart);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      List<Path> sorted = new ArrayList<>();
      entries.forEach(sorted::add);
      sorted.sort(null);
      for (Path p : sorted) {
        String name = p.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        boolean isDir = Files.isDirectory(p);
        out.add(
            new Candidate(
                dirPart + name + (isDir ? "/" : ""),
                name + (isDir ? "/" : ""),
                "files",
                null,
                null,
                null,
                !isDir));
      }
    } catch (IOException e) {
      // An unreadable folder has nothing to offer.
    }
  }

  private static Candidate plain(String value, String group) {
    return new Candidate(value, value, group, null, null, null, true);
  }
}
