package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceReportTest {
  @Test
  void combiningTwoQueriesOfOneSourceAddsPostsAndKeepsTheBestStatus() {
    SourceReport a = new SourceReport("mastodon", SourceStatus.EMPTY, 0, "mastodon.social");
    SourceReport b = new SourceReport("mastodon", SourceStatus.OK, 12, "mastodon.social");
    SourceReport c = new SourceReport("mastodon", SourceStatus.UNAVAILABLE, 0, "HTTP 503");
    assertThat(a.combine(b)).isEqualTo(
        new SourceReport("mastodon", SourceStatus.OK, 12, "mastodon.social"));
    assertThat(c.combine(a).status()).isEqualTo(SourceStatus.EMPTY);
    assertThat(a.combine(c).detail()).isEqualTo("mastodon.social; HTTP 503");
    assertThat(c.combine(c).status()).isEqualTo(SourceStatus.UNAVAILABLE);
  }
}
