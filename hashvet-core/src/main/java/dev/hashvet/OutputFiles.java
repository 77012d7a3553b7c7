package dev.hashvet;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;

/**
 * The one way hashvet writes a file the user named (--record, --write-baseline): never onto one of
 * the run's inputs (compared by real path, so another spelling or a link to it counts), never
 * through a symbolic link, and atomically: the text goes to a temporary file in the same folder,
 * which then replaces the target in one rename, so a failed run leaves the old file whole.
 */
public final class OutputFiles {
  /** Writes the content to a {@link Writer}. */
  @FunctionalInterface
  public interface Body {
    void write(Writer w) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Fails (bad input, exit 2) when {@code file} may not be written: it is a symbolic link, not a
   * regular file, or the same file as one of {@code inputs}. Call it before the run, so a long
   * calendar is not vetted for nothing.
   */
  public static void check(Path file, String label, Collection<Path> inputs) {
    if (Files.isSymbolicLink(file)) {
      throw HashvetException.input(label + ": is a symbolic link; hashvet does not write through"
          + " links", "name the file itself");
    }
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw HashvetException.input(label + ": not a regular file; hashvet writes only files");
    }
    for (Path in : inputs) {
      if (sameFile(file, in)) {
        throw HashvetException.input(label + ": is also an input of this run (" + in
            + "); writing it would replace that input", "write to another file");
      }
    }
  }

  /** Checks {@code file} as {@link #check} does, then writes {@code body} to it atomically. */
  public static void write(Path file, String label, Collection<Path> inputs, Body body) {
    check(file, label, inputs);
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      permissions(tmp, target);
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new HashvetException(HashvetException.COULD_NOT_VET, label + ": cannot write: "
          + e.getMessage(), null, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // the temporary file is left behind; the target is untouched
        }
      }
    }
  }

  /**
   * Gives the temporary file the target's permissions, or rw-r--r-- for a new file (a temporary
   * file starts private to its owner).
   */
  private static void permissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> p = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, p);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
