package dev.hashvet.fetch.news;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A GDELT DOC 2.0 artlist answer; a query without results is an object without articles. */
@JsonIgnoreProperties(ignoreUnknown = true)
record GdeltArticles(List<Article> articles) {
  /** One article; {@code seendate} looks like 20260914T183000Z. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Article(
      String url, String title, String seendate, String domain, String language,
      String sourcecountry) {}
}
