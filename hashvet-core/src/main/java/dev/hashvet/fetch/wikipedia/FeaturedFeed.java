package dev.hashvet.fetch.wikipedia;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The {@code news} part of the Wikimedia featured feed. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FeaturedFeed(List<NewsItem> news) {
  /** One "In the news" story: HTML with links to the articles it is about. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record NewsItem(String story, List<Link> links) {}

  /** A linked article's summary; {@code title} is the canonical title with underscores. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Link(String title, @JsonProperty("content_urls") ContentUrls contentUrls) {}

  /** Where the article lives. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ContentUrls(Page desktop) {}

  /** A page URL. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Page(String page) {}
}
