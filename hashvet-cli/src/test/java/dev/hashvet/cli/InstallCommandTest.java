package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hashvet install} and {@code uninstall} under a temporary prefix, from a small jar laid out
 * as the build lays out the real one (man pages under META-INF/hashvet/man/man1).
 */
class InstallCommandTest {
  @TempDir Path tmp;

  private Path jar(String... manPages) throws IOException {
    Path jar = tmp.resolve("build/hashvet-" + manPages.length + ".jar");
    Files.createDirectories(jar.getParent());
    try (OutputStream os = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
      for (String page : manPages) {
        zip.putNextEntry(new ZipEntry(Installer.MAN_IN_JAR + page + ".1"));
        String title = page.toUpperCase(java.util.Locale.ROOT);
        zip.write((".TH \"" + title + "\" \"1\" \"\" \"hashvet\" \"hashvet manual\"\n"
            + ".SH \"NAME\"\n" + page + " \\- a hashvet command\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    return jar;
  }

  private CliRun run(String... args) {
    return CliRun.run(tmp, "", Map.of("HOME", tmp.resolve("home").toString(),
        "PATH", "/usr/bin:/bin"), args);
  }

  @Test
  void installsTheLauncherJarManPagesAndCompletionAndSaysWhatToAddToPath() throws Exception {
    Path jar = jar("hashvet", "hashvet-check");
    CliRun r = run("install", "--prefix", "opt", "--jar", jar.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path prefix = tmp.resolve("opt");
    assertThat(prefix.resolve("lib/hashvet/hashvet.jar")).hasSameBinaryContentAs(jar);
    assertThat(prefix.resolve("bin/hashvet")).isExecutable()
        .content().startsWith("#!/bin/sh").contains("lib/hashvet/hashvet.jar");
    assertThat(prefix.resolve("share/man/man1/hashvet-check.1")).exists();
    assertThat(prefix.resolve("share/bash-completion/completions/hashvet")).content()
        .contains("context.legal-proceedings", "_complete_hashvet");
    assertThat(prefix.resolve("share/zsh/site-functions/_hashvet")).content()
        .startsWith("#compdef hashvet").contains("bashcompinit");
    assertThat(r.out()).contains("2 man pages")
        .contains(prefix.resolve("bin") + " is not on your PATH")
        .contains("export PATH=\"" + prefix.resolve("bin") + ":$PATH\"");

    // On the PATH: no PATH line.
    CliRun again = CliRun.run(tmp, "", Map.of("PATH", prefix.resolve("bin") + ":/usr/bin"),
        "install", "--prefix", "opt", "--jar", jar.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).doesNotContain("not on your PATH");
  }

  @Test
  void manFindsTheInstalledPages() throws Exception {
    Assumptions.assumeTrue(onPath("man"), "man is not installed here (.ci/run installs man-db)");
    run("install", "--prefix", "opt", "--jar", jar("hashvet", "hashvet-check").toString());
    Process p = new ProcessBuilder("man", "-w", "-M", tmp.resolve("opt/share/man").toString(),
        "hashvet-check").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).isEqualTo(tmp.resolve("opt/share/man/man1/hashvet-check.1").toString());
  }

  @Test
  void installingAgainReplacesTheEarlierInstallAndDropsWhatItNoLongerHas() throws Exception {
    run("install", "--prefix", "opt", "--jar", jar("hashvet", "hashvet-check", "hashvet-old")
        .toString());
    List<String> first = tree(tmp.resolve("opt"));
    CliRun same = run("install", "--prefix", "opt", "--jar",
        tmp.resolve("build/hashvet-3.jar").toString());
    assertThat(same.code()).isZero();
    assertThat(tree(tmp.resolve("opt"))).isEqualTo(first);

    CliRun newer = run("install", "--prefix", "opt", "--jar", jar("hashvet", "hashvet-check")
        .toString());
    assertThat(newer.code()).isZero();
    assertThat(newer.out()).contains("removed share/man/man1/hashvet-old.1");
    assertThat(tmp.resolve("opt/share/man/man1/hashvet-old.1")).doesNotExist();
    assertThat(tmp.resolve("opt/lib/hashvet/installed.txt")).content()
        .contains("file share/man/man1/hashvet-check.1")
        .doesNotContain("hashvet-old");
  }

  @Test
  void uninstallRemovesExactlyWhatInstallWrote() throws Exception {
    Path prefix = tmp.resolve("opt");
    Files.createDirectories(prefix.resolve("share/man/man1"));
    Files.writeString(prefix.resolve("share/man/man1/other.1"), ".TH OTHER 1\n");
    List<String> before = tree(prefix);
    run("install", "--prefix", "opt", "--jar", jar("hashvet", "hashvet-check").toString());
    CliRun r = run("uninstall", "--prefix", "opt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("removed hashvet from " + prefix + " (6 files)");
    assertThat(tree(prefix)).isEqualTo(before);

    CliRun nothing = run("uninstall", "--prefix", "opt");
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to uninstall under " + prefix);
  }

  @Test
  void theDefaultPrefixIsDotLocalInHome() throws Exception {
    CliRun r = run("install", "--jar", jar("hashvet").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(tmp.resolve("home/.local/bin/hashvet")).exists();
    assertThat(run("uninstall").code()).isZero();
    // The prefix itself stays (it may hold other things); nothing of hashvet's is left in it.
    assertThat(tree(tmp.resolve("home/.local"))).containsExactly("");
  }

  @Test
  void aFileAnotherInstallWroteIsKeptUnlessForced() throws Exception {
    Path bin = tmp.resolve("opt/bin/hashvet");
    Files.createDirectories(bin.getParent());
    Files.writeString(bin, "#!/bin/sh\necho another hashvet\n");
    String jar = jar("hashvet").toString();
    CliRun r = run("install", "--prefix", "opt", "--jar", jar);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bin + " exists and was not written by 'hashvet install'")
        .contains("--force");
    assertThat(bin).content().contains("another hashvet");
    assertThat(run("install", "--prefix", "opt", "--jar", jar, "--force").code()).isZero();
    assertThat(bin).content().contains("lib/hashvet/hashvet.jar");
  }

  @Test
  void installNeedsAJar() {
    CliRun r = run("install", "--prefix", "opt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not running from a jar");
    assertThat(run("install", "--prefix", "opt", "--jar", "missing.jar").err())
        .contains("no such file");
  }

  private static List<String> tree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isBlank() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
