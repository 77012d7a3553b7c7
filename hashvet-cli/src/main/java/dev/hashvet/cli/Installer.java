package dev.hashvet.cli;

import dev.hashvet.HashvetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lays hashvet out under a prefix the way packages do: {@code bin/hashvet} (the launcher),
 * {@code lib/hashvet/hashvet.jar}, the man pages bundled in the jar in {@code share/man/man1},
 * and bash and zsh completion in their standard folders. Every file and folder it writes is listed
 * in {@code lib/hashvet/installed.txt}, so that uninstall removes exactly those, and an install
 * over an earlier one removes what the new one no longer has. Each file is written whole to a
 * temporary name, then moved into place.
 */
final class Installer {
  /** The manifest, relative to the prefix. */
  static final String MANIFEST = "lib/hashvet/installed.txt";

  static final String JAR = "lib/hashvet/hashvet.jar";
  static final String LAUNCHER = "bin/hashvet";
  static final String MAN_DIR = "share/man/man1";
  static final String BASH = "share/bash-completion/completions/hashvet";
  static final String ZSH = "share/zsh/site-functions/_hashvet";

  /** Where the build bundles the man pages inside the jar. */
  static final String MAN_IN_JAR = "META-INF/hashvet/man/man1/";

  private static final String LAUNCHER_RESOURCE = "/install/hashvet";

  private final Path prefix;

  Installer(Path prefix) {
    this.prefix = prefix;
  }

  /** What an install wrote (paths relative to the prefix) and what it removed. */
  record Installed(List<String> files, List<String> manPages, List<String> removed) {}

  /**
   * Installs {@code jar} with the given completion scripts. {@code force} overwrites files that
   * an earlier install did not write (another hashvet, say).
   */
  Installed install(Path jar, String bash, String zsh, boolean force) {
    Manifest old = Manifest.read(prefix.resolve(MANIFEST));
    Map<String, byte[]> contents = new LinkedHashMap<>();
    contents.put(LAUNCHER, launcher());
    List<String> manPages = new ArrayList<>();
    for (Map.Entry<String, byte[]> page : manPages(jar).entrySet()) {
      String path = MAN_DIR + "/" + page.getKey();
      contents.put(path, page.getValue());
      manPages.add(path);
    }
    contents.put(BASH, bash.getBytes(StandardCharsets.UTF_8));
    contents.put(ZSH, zsh.getBytes(StandardCharsets.UTF_8));

    List<String> files = new ArrayList<>();
    files.add(JAR);
    files.addAll(contents.keySet());
    if (!force) {
      for (String f : files) {
        Path p = prefix.resolve(f);
        if (Files.exists(p) && !old.files().contains(f)) {
          throw HashvetException.input(p + " exists and was not written by 'hashvet install'",
              "remove it, or run 'hashvet install --force' to replace it");
        }
      }
    }
    Set<String> dirs = new LinkedHashSet<>(old.dirs());
    try {
      for (String f : files) {
        dirs.addAll(createParents(f));
      }
      Path target = prefix.resolve(JAR);
      if (!Files.exists(target) || !Files.isSameFile(jar, target)) {
        writeAtomically(target, in -> Files.copy(jar, in, StandardCopyOption.REPLACE_EXISTING));
      }
      for (Map.Entry<String, byte[]> e : contents.entrySet()) {
        writeAtomically(prefix.resolve(e.getKey()), tmp -> Files.write(tmp, e.getValue()));
      }
      Files.setPosixFilePermissions(prefix.resolve(LAUNCHER),
          PosixFilePermissions.fromString("rwxr-xr-x"));
      List<String> removed = new ArrayList<>();
      for (String f : old.files()) {
        if (!files.contains(f) && Files.deleteIfExists(prefix.resolve(f))) {
          removed.add(f);
        }
      }
      new Manifest(files, new ArrayList<>(dirs)).write(prefix.resolve(MANIFEST));
      return new Installed(files, manPages, removed);
    } catch (IOException e) {
      throw new HashvetException(HashvetException.COULD_NOT_VET,
          "install: cannot write under " + prefix + ": " + e.getMessage(),
          "choose a prefix you can write to with --prefix DIR", e);
    }
  }

  /** Removes what the manifest lists; returns the files removed. */
  List<String> uninstall() {
    Path manifestFile = prefix.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw HashvetException.input("nothing to uninstall under " + prefix + " (no " + MANIFEST
          + ")", "give the --prefix that 'hashvet install' used");
    }
    Manifest m = Manifest.read(manifestFile);
    List<String> removed = new ArrayList<>();
    try {
      for (String f : m.files()) {
        if (Files.deleteIfExists(prefix.resolve(f))) {
          removed.add(f);
        }
      }
      Files.deleteIfExists(manifestFile);
      // Folders the install created, deepest first, when nothing else is in them.
      List<String> dirs = new ArrayList<>(m.dirs());
      dirs.sort(Comparator.comparingInt(String::length).reversed());
      for (String d : dirs) {
        Path p = prefix.resolve(d);
        if (Files.isDirectory(p) && isEmpty(p)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new HashvetException(HashvetException.COULD_NOT_VET,
          "uninstall: cannot remove files under " + prefix + ": " + e.getMessage(), null, e);
    }
    return removed;
  }

  /** The man pages (file name to roff) the build bundled in {@code jar}; none if not built. */
  static Map<String, byte[]> manPages(Path jar) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        String name = e.getName();
        if (!e.isDirectory() && name.startsWith(MAN_IN_JAR) && name.endsWith(".1")
            && name.indexOf('/', MAN_IN_JAR.length()) < 0) {
          entries.add(e);
        }
      }
      entries.sort(Comparator.comparing(ZipEntry::getName));
      for (ZipEntry e : entries) {
        try (InputStream in = zip.getInputStream(e)) {
          out.put(e.getName().substring(MAN_IN_JAR.length()), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw HashvetException.input("install: " + jar + " is not a readable jar: " + e.getMessage());
    }
    return out;
  }

  private static byte[] launcher() {
    try (InputStream in = Installer.class.getResourceAsStream(LAUNCHER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the launcher script is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folders above {@code file} (up to the prefix) that do not exist yet, now created. */
  private List<String> createParents(String file) throws IOException {
    List<String> created = new ArrayList<>();
    Path rel = Path.of(file).getParent();
    for (int i = 1; rel != null && i <= rel.getNameCount(); i++) {
      Path sub = rel.subpath(0, i);
      if (!Files.isDirectory(prefix.resolve(sub))) {
        Files.createDirectories(prefix.resolve(sub));
        created.add(sub.toString().replace('\\', '/'));
      }
    }
    return created;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** Writes through {@code write} to a temporary file beside {@code target}, then moves it in. */
  private static void writeAtomically(Path target, Write write) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try {
      write.to(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @FunctionalInterface
  private interface Write {
    void to(Path tmp) throws IOException;
  }

  /** The manifest: one {@code file PATH} or {@code dir PATH} a line, relative to the prefix. */
  record Manifest(List<String> files, List<String> dirs) {
    static Manifest read(Path file) {
      if (!Files.isRegularFile(file)) {
        return new Manifest(List.of(), List.of());
      }
      List<String> files = new ArrayList<>();
      List<String> dirs = new ArrayList<>();
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("file ")) {
            files.add(safe(line.substring(5), file));
          } else if (line.startsWith("dir ")) {
            dirs.add(safe(line.substring(4), file));
          }
        }
      } catch (IOException e) {
        throw HashvetException.input(file + ": cannot read: " + e.getMessage());
      }
      return new Manifest(files, dirs);
    }

    /** A path inside the prefix: never absolute, never climbing out with "..". */
    private static String safe(String path, Path manifest) {
      Path p = Path.of(path).normalize();
      if (p.isAbsolute() || p.startsWith("..") || path.isBlank()) {
        throw HashvetException.input(manifest + ": '" + path + "' is not a path inside the prefix");
      }
      return path;
    }

    void write(Path file) throws IOException {
      List<String> lines = new ArrayList<>();
      lines.add("# Written by 'hashvet install'; 'hashvet uninstall' removes these files and the");
      lines.add("# folders the install created (when empty). Paths are relative to the prefix.");
      files.forEach(f -> lines.add("file " + f));
      List<String> sorted = new ArrayList<>(dirs);
      Collections.sort(sorted);
      sorted.forEach(d -> lines.add("dir " + d));
      writeAtomically(file, tmp -> Files.write(tmp, lines, StandardCharsets.UTF_8));
    }
  }
}
