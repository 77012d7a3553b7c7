package dev.hashvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.fetch.FakeSources;
import dev.hashvet.fetch.LiveContextProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesCommandTest {
  @TempDir Path dir;

  private CliRun run(Map<String, String> env, String... args) {
    return CliRun.run(dir, "", env, args);
  }

  /** A config pointing every source at the fake servers. */
  private void config(FakeSources servers) throws Exception {
    StringBuilder y = new StringBuilder("sources:\n");
    for (String id : LiveContextProvider.SOURCE_IDS) {
      String url = servers.server(id).url("/").toString();
      y.append("  ").append(id).append(": ");
      y.append(switch (id) {
        case "mastodon" -> "{instances: [\"" + url + "\"]}";
        case "reddit" -> "{enabled: true, url: \"" + url + "\", auth_url: \"" + url + "\"}";
        default -> "{url: \"" + url + "\"}";
      }).append('\n');
    }
    Files.writeString(dir.resolve(".hashvet.yml"), y.toString());
  }

  @Test
  void listsEachSourceWithWhyItIsOffAndNoCredentialValues() {
    CliRun r = run(Map.of("BLUESKY_HANDLE", "me.example", "BLUESKY_APP_PASSWORD", "pw-XYZZY"),
        "sources");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("mastodon   on   https://")
        .contains("bluesky    on   https://")
        .contains("credentials: BLUESKY_HANDLE set, BLUESKY_APP_PASSWORD set")
        .contains("reddit     off  off by default: set sources.reddit.enabled: true")
        .contains("credentials: REDDIT_CLIENT_ID not set, REDDIT_CLIENT_SECRET not set")
        .contains("limits: up to 80 posts per instance")
        .contains("config: none found (defaults)")
        .doesNotContain("pw-XYZZY").doesNotContain("me.example");
  }

  @Test
  void jsonListsTheSameSettings() throws Exception {
    CliRun r = run(Map.of(), "sources", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("schema").asText()).isEqualTo("hashvet/1");
    assertThat(j.path("sources")).hasSize(5);
    JsonNode bsky = j.path("sources").get(1);
    assertThat(bsky.path("id").asText()).isEqualTo("bluesky");
    assertThat(bsky.path("enabled").asBoolean()).isFalse();
    assertThat(bsky.path("why").asText()).isEqualTo("set BLUESKY_HANDLE and BLUESKY_APP_PASSWORD");
    assertThat(bsky.path("credentials").path("BLUESKY_HANDLE").asBoolean()).isFalse();
    assertThat(bsky.has("probe")).isFalse();
  }

  @Test
  void probeAsksEachSourceNowAndSaysWhetherItAnswered() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      config(servers);
      servers.fail("reddit", FakeSources.answer(403, "text/html", "common/blocked.html"));
      CliRun r = run(FakeSources.ENV, "sources", "--probe");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out())
          .contains("probe: ok, 3 posts")
          .contains("probe: unavailable: blocked by Reddit (HTTP 403 HTML page 'Blocked')")
          .contains("probe: ok, 0 posts: 2 headlines about news")
          .contains("probe: empty, 0 posts: 0 of 3 stories in the news on 2026-11-23 mention #news")
          .contains("config: " + dir.resolve(".hashvet.yml"));
      java.util.List<String> paths = new java.util.ArrayList<>();
      for (int i = 0; i < servers.requests("mastodon"); i++) {
        paths.add(servers.server("mastodon").takeRequest().getTarget());
      }
      assertThat(paths).contains("/api/v1/timelines/tag/news?limit=5");
      assertThat(r.err()).isEqualTo("");
      assertThat(r.out() + r.err()).doesNotContain("XYZZY");
    }
  }

  @Test
  void probeWhereNothingAnswersExitsThree() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      for (String id : LiveContextProvider.SOURCE_IDS) {
        servers.refuse(id);
      }
      Files.writeString(dir.resolve(".hashvet.yml"), "sources:\n  mastodon: {instances: [\""
          + servers.config().source("mastodon").instances().get(0) + "\"]}\n  news: {url: \""
          + servers.config().source("news").url().orElseThrow() + "\"}\n  wikipedia: {url: \""
          + servers.config().source("wikipedia").url().orElseThrow() + "\"}\n");
      CliRun r = run(Map.of(), "sources", "--probe", "--format", "json");
      assertThat(r.code()).isEqualTo(3);
      assertThat(r.err()).contains("no source answered");
      JsonNode j = new ObjectMapper().readTree(r.out());
      assertThat(j.path("sources").get(0).path("probe").path("status").asText())
          .isEqualTo("unavailable");
      assertThat(j.path("sources").get(0).path("probe").path("detail").asText())
          .contains("connection refused");
    }
  }

  @Test
  void verboseProbeLogsRequestsWithCredentialsRedacted() throws Exception {
    try (FakeSources servers = FakeSources.start()) {
      config(servers);
      CliRun r = run(FakeSources.ENV, "sources", "--probe", "--sources", "bluesky,reddit",
          "--verbose");
      assertThat(r.code()).isZero();
      assertThat(r.err()).contains("http bluesky: GET").contains("Authorization: [redacted]")
          .doesNotContain("XYZZY").doesNotContain("ACCESS-ONE").doesNotContain("REDDIT-TOKEN");
    }
  }

  @Test
  void badOptionsAreBadInput() {
    CliRun unknown = run(Map.of(), "sources", "--sources", "myspace");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: --sources: unknown source 'myspace' (known: "
        + "mastodon, bluesky, reddit, news, wikipedia)");
    assertThat(run(Map.of(), "sources", "--timeout", "0").code()).isEqualTo(2);
    assertThat(run(Map.of(), "sources", "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void badSourceSettingsNameTheFileAndLine() throws Exception {
    Files.writeString(dir.resolve(".hashvet.yml"), "sources:\n  news: {limit: 0}\n");
    CliRun r = run(Map.of(), "sources");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(".hashvet.yml:2").contains("limit");
    Files.writeString(dir.resolve(".hashvet.yml"), "sources:\n  news: {timeout: 3}\n");
    assertThat(run(Map.of(), "sources").err()).contains("timeout");
  }

  @Test
  void helpHasExamples() {
    CliRun r = run(Map.of(), "sources", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--probe").contains("hashvet sources --probe")
        .contains("BLUESKY_APP_PASSWORD");
  }
}
