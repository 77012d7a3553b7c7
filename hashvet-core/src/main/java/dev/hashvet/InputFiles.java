package dev.hashvet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way hashvet opens a file the user named (a post, a calendar, a sample, a baseline, a
 * config, a rule pack): it must be a regular file (a folder, pipe or device is refused before it
 * is opened, so nothing blocks on a FIFO or reads {@code /dev/zero} for ever), and what is read is
 * capped while reading, whatever size the file reports.
 */
public final class InputFiles {
  /** A post, a config, a baseline or a rule pack: a few KB in practice. */
  public static final long SMALL = 16L * 1024 * 1024;

  /** A recorded sample. */
  public static final long SAMPLE = 64L * 1024 * 1024;

  /** A calendar (read as a stream, row by row). */
  public static final long CALENDAR = 1024L * 1024 * 1024;

  private InputFiles() {}

  /**
   * Checks that {@code file} (symbolic links followed) is a regular file; {@code label} names it
   * in the message ("--sample notes.jsonl").
   */
  public static void checkRegular(Path file, String label) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw HashvetException.input(label + ": no such file");
    } catch (IOException e) {
      throw HashvetException.input(label + ": cannot read: " + e.getMessage());
    }
    if (a.isDirectory()) {
      throw HashvetException.input(label + ": is a folder, not a file");
    }
    if (!a.isRegularFile()) {
      throw HashvetException.input(label + ": not a regular file (a pipe, device or socket);"
          + " hashvet reads only files", "save the input to a file first, or pipe it to '-'");
    }
  }

  /** Opens {@code file} for reading at most {@code maxBytes}; more is bad input (exit 2). */
  public static InputStream open(Path file, String label, long maxBytes) {
    checkRegular(file, label);
    try {
      return capped(Files.newInputStream(file), label, maxBytes);
    } catch (NoSuchFileException e) {
      throw HashvetException.input(label + ": no such file");
    } catch (AccessDeniedException e) {
      throw HashvetException.input(label + ": cannot read: permission denied");
    } catch (IOException e) {
      throw HashvetException.input(label + ": cannot read: " + e.getMessage());
    }
  }

  /** The bytes of {@code file}, at most {@code maxBytes} of them. */
  public static byte[] read(Path file, String label, long maxBytes) {
    try (InputStream in = open(file, label, maxBytes)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw HashvetException.input(label + ": cannot read: " + e.getMessage());
    }
  }

  /** {@code in}, failing with bad input once more than {@code maxBytes} have been read. */
  public static InputStream capped(InputStream in, String label, long maxBytes) {
    return new Capped(in, label, maxBytes);
  }

  /** "16 MB", "1 GB". */
  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return bytes + " bytes";
    }
    long mb = bytes / (1024 * 1024);
    return mb >= 1024 && mb % 1024 == 0 ? mb / 1024 + " GB" : mb + " MB";
  }

  private static final class Capped extends FilterInputStream {
    private final String label;
    private final long max;
    private long count;

    Capped(InputStream in, String label, long max) {
      super(in);
      this.label = label;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      counted(k);
      return k;
    }

    private void counted(long n) {
      count += n;
      if (count > max) {
        throw HashvetException.input(label + ": over the " + size(max) + " limit for this"
            + " input; stopped reading there");
      }
    }
  }
}
