package dev.hashvet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Config load(String yaml) throws Exception {
    Path f = dir.resolve(".hashvet.yml");
    Files.writeString(f, yaml);
    return new ConfigLoader().read(f);
  }

  private String error(String yaml) {
    return assertThatThrownBy(() -> load(yaml)).extracting(Throwable::getMessage).asString().actual();
  }

  @Test
  void readsTheContractExample() throws Exception {
    Config c = load("""
        regions: [US, gb]
        languages: [en]
        fail_on: review
        rules: [./brand-rules]
        allow:
          - {rule: context.legal-proceedings, tag: "#notguilty", reason: "our snack line since 2009", expires: 2027-06-30}
        sources:
          mastodon:  {enabled: true, instances: ["https://social.example"]}
          bluesky:   {enabled: true, url: "https://pds.example"}
          reddit:    {enabled: false}
        """);
    assertThat(c.regions()).containsExactly("US", "GB");
    assertThat(c.failOn()).contains("review");
    assertThat(c.ruleDirs().get(0)).isEqualTo(dir.resolve("brand-rules"));
    AllowEntry a = c.allow().get(0);
    assertThat(a.tag()).isEqualTo("notguilty");
    assertThat(a.expires()).contains(LocalDate.of(2027, 6, 30));
    assertThat(a.where()).endsWith(".hashvet.yml:6");
    assertThat(a.expiredOn(LocalDate.of(2027, 7, 1))).isTrue();
    assertThat(c.source("mastodon").instances()).containsExactly("https://social.example");
    assertThat(c.source("reddit").enabled()).contains(false);
    assertThat(c.source("news")).isEqualTo(SourceConfig.DEFAULT);
  }

  @Test
  void errorsNameLineAndKey() {
    assertThat(error("regions: [US]\nsources:\n  mastodon: {enabeld: true}\n"))
        .contains(".hashvet.yml:3").contains("unknown key 'enabeld'");
    assertThat(error("sources:\n  twitter: {enabled: true}\n")).contains(":2").contains("'twitter'");
    assertThat(error("regions: [USA]\n")).contains(".hashvet.yml:1").contains("'USA'");
    assertThat(error("fail_on: sometimes\n")).contains("fail_on must be");
    assertThat(error("allow:\n  - {rule: x, tag: y}\n")).contains(":2").contains("reason");
    assertThat(error("allow:\n  - {rule: x, reason: r}\n")).contains("'tag', 'term' or 'row'");
    assertThat(error("allow:\n  - {rule: x, tag: y, reason: r, expires: soon}\n")).contains("expires");
    assertThat(error("- a\n- b\n")).contains("mapping");
  }

  @Test
  void emptyFileIsDefaults() throws Exception {
    assertThat(load("").regions()).isEmpty();
  }

  @Test
  void findsUpwardThenUserFolder() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("a/b"));
    Path home = Files.createDirectories(dir.resolve("home/.config/hashvet"));
    Files.writeString(home.resolve("config.yml"), "regions: [IN]\n");
    ConfigLoader l = new ConfigLoader();
    Map<String, String> env = Map.of("HOME", dir.resolve("home").toString());
    assertThat(l.load(Optional.empty(), sub, env).regions()).containsExactly("IN");
    Files.writeString(dir.resolve("a/.hashvet.yml"), "regions: [GB]\n");
    assertThat(l.load(Optional.empty(), sub, env).regions()).containsExactly("GB");
    assertThatThrownBy(() -> l.load(Optional.of(Path.of("nope.yml")), sub, env))
        .hasMessageContaining("--config: no such file");
  }
}
