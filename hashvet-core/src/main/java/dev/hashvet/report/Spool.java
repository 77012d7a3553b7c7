package dev.hashvet.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text held back until a report knows what goes before it (JUnit's counts, Markdown's summary):
 * kept in memory while small, spilled to a temporary file past {@link #MEMORY_LIMIT} characters so
 * that a long calendar does not grow the heap. Used by one thread.
 */
final class Spool implements AutoCloseable {
  static final int MEMORY_LIMIT = 1 << 20;

  private final StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer disk;

  void append(String s) {
    try {
      if (disk != null) {
        disk.write(s);
        return;
      }
      memory.append(s);
      if (memory.length() > MEMORY_LIMIT) {
        file = Files.createTempFile("hashvet-", ".spool");
        disk = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        disk.write(memory.toString());
        memory.setLength(0);
        memory.trimToSize();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file for the report", e);
    }
  }

  boolean isEmpty() {
    return disk == null && memory.length() == 0;
  }

  /** Writes everything held to {@code out}. */
  void copyTo(PrintWriter out) {
    if (disk == null) {
      out.write(memory.toString());
      return;
    }
    try {
      disk.flush();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        char[] buf = new char[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back a temporary file of the report", e);
    }
  }

  @Override
  public void close() {
    try {
      if (disk != null) {
        disk.close();
        Files.deleteIfExists(file);
        disk = null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
