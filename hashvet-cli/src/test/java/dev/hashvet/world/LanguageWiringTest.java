package dev.hashvet.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.cli.CliRun;
import dev.hashvet.context.Post;
import dev.hashvet.rules.Context;
import dev.hashvet.rules.ContextPost;
import dev.hashvet.rules.Finding;
import dev.hashvet.rules.Subject;
import dev.hashvet.vet.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detected languages reach the subject, the findings' evidence, sampled posts and the report. */
class LanguageWiringTest {
  private static final Pipeline PIPELINE = Pipeline.load(List.of());
  private static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 6, 10, 12, 0, 0, 0, ZoneOffset.UTC);

  @TempDir Path dir;

  private static Subject subject(String text, List<String> languages, List<String> regions) {
    return PIPELINE.text().subject(text, AT, regions, languages, Context.NONE);
  }

  private static List<Finding> findings(Subject s) {
    return PIPELINE.book().evaluate(s);
  }

  @Test
  void detectedWhenNoneGivenAndKeptWhenGiven() {
    assertThat(subject("Qué mierda de día, no puedo más", List.of(), List.of()).languages())
        .containsExactly("es");
    assertThat(subject("Qué mierda de día, no puedo más", List.of("de"), List.of()).languages())
        .containsExactly("de");
  }

  @Test
  void aFindingNamesTheLanguageOfItsList() {
    Finding f =
        findings(subject("Qué mierda de día, no puedo más", List.of(), List.of())).stream()
            .filter(x -> x.rule().equals("text.profanity"))
            .findFirst()
            .orElseThrow();
    assertThat(f.evidence().value("lang")).contains("es");
    assertThat(f.evidence().value("list")).contains("profanity");
  }

  @Test
  void detectionKeepsOtherLanguagesListsAway() {
    // "asu" is an Indonesian curse and Arizona State University: an English post is not
    // checked against the Indonesian list once its language is known.
    assertThat(findings(subject("Go ASU! Big game tonight, see you there", List.of(), List.of())))
        .noneMatch(f -> f.rule().equals("text.profanity"));
    assertThat(findings(subject("Dasar asu, macet lagi hari ini", List.of(), List.of())))
        .anyMatch(f -> f.rule().equals("text.profanity"));
  }

  @Test
  void romanisedHindiListsApplyToHindi() {
    Finding f =
        findings(subject("Yeh kya chutiyapa hai yaar", List.of(), List.of())).stream()
            .filter(x -> x.rule().equals("text.profanity"))
            .findFirst()
            .orElseThrow();
    assertThat(f.evidence().value("lang")).contains("hi-latn");
  }

  @Test
  void sampledPostsCarryTheirLanguages() {
    Post es =
        Post.builder("mastodon", "1")
            .lang("es")
            .author("a")
            .text("Terremoto en la costa, hay muchos muertos")
            .build();
    Post none =
        Post.builder("mastodon", "2").author("b").text("地震で多くの人が亡くなった").build();
    List<ContextPost> posts = PIPELINE.contextBuilder().build(List.of(es, none));
    assertThat(posts.get(0).languages()).startsWith("es").doesNotContain("fr", "pt");
    assertThat(posts.get(1).languages()).containsExactly("ja");
  }

  @Test
  void theReportShowsTheLanguagesVettedFor() throws IOException {
    CliRun r =
        CliRun.run(
            dir,
            "",
            Map.of(),
            "check",
            "--offline",
            "--format",
            "json",
            "Toutes nos pensées vont aux familles des victimes de l'attentat");
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.path("input").path("languages").get(0).asText()).isEqualTo("fr");
    assertThat(j.path("findings").toString()).contains("\"lang\":\"fr\"");
  }
}
