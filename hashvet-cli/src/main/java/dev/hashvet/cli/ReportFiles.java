package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import dev.hashvet.report.Run;
import dev.hashvet.report.RunInfo;
import dev.hashvet.report.RunSummary;
import dev.hashvet.report.RunWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A calendar's {@code --report FMT=FILE}: the same run written in more formats, to files, as it
 * goes (one vetting run gives the SARIF for code scanning, the workflow annotations and the job
 * summary). Each file is written under a temporary name and moved into place at the end; a failed
 * write is exit 3.
 */
final class ReportFiles {
  private ReportFiles() {}

  /** One report file being written. */
  private record Target(Path file, Path tmp, PrintWriter out, RunWriter writer) {}

  /**
   * {@code main} followed by a writer for every report file. {@code inputs} are the files being
   * read: a report never replaces one of them.
   */
  static RunWriter with(RunWriter main, Map<OutputOptions.Format, Path> reports,
      OutputOptions output, Env env, List<Path> inputs) {
    if (reports.isEmpty()) {
      return main;
    }
    List<Target> targets = new ArrayList<>();
    for (Map.Entry<OutputOptions.Format, Path> e : reports.entrySet()) {
      Path file = env.workDir().resolve(e.getValue()).toAbsolutePath().normalize();
      for (Path in : inputs) {
        if (env.workDir().resolve(in).toAbsolutePath().normalize().equals(file)) {
          throw HashvetException.input("--report: " + e.getValue() + " is one of the calendars"
              + " being vetted; a report never replaces its input");
        }
      }
      Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      try {
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
        OutputOptions plain = output.plain();
        targets.add(new Target(file, tmp, out, Reports.writer(e.getKey(), plain, env, out)));
      } catch (IOException ex) {
        targets.forEach(t -> discard(t));
        throw cannotWrite(e.getValue(), ex);
      }
    }
    return new RunWriter() {
      @Override
      public void begin(RunInfo info) {
        main.begin(info);
        targets.forEach(t -> t.writer().begin(info));
      }

      @Override
      public void row(Run.Row row) {
        main.row(row);
        targets.forEach(t -> t.writer().row(row));
      }

      @Override
      public void error(Run.RowError error) {
        main.error(error);
        targets.forEach(t -> t.writer().error(error));
      }

      @Override
      public void end(RunSummary summary) {
        main.end(summary);
        for (Target t : targets) {
          t.writer().end(summary);
          t.out().close();
          if (t.out().checkError()) {
            targets.forEach(ReportFiles::discard);
            throw cannotWrite(t.file(), null);
          }
        }
        for (Target t : targets) {
          try {
            move(t.tmp(), t.file());
          } catch (IOException ex) {
            targets.forEach(ReportFiles::discard);
            throw cannotWrite(t.file(), ex);
          }
        }
      }
    };
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void discard(Target t) {
    t.out().close();
    try {
      Files.deleteIfExists(t.tmp());
    } catch (IOException e) {
      // Best effort: the run already failed for a better reason.
    }
  }

  private static HashvetException cannotWrite(Path file, IOException e) {
    return new HashvetException(HashvetException.COULD_NOT_VET, "--report: cannot write " + file
        + (e == null ? "" : ": " + e.getMessage()), null, e);
  }
}
