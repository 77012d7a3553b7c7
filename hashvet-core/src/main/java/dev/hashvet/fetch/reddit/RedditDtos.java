package dev.hashvet.fetch.reddit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of Reddit's answers hashvet reads. */
final class RedditDtos {
  private RedditDtos() {}

  /** The OAuth token answer. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Token(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") Long expiresIn) {}

  /** A listing: {@code {"kind": "Listing", "data": {"children": [...]}}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Listing(String kind, Data data) {}

  /** The listing's page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(List<Child> children, String after) {}

  /** One thing of the listing; {@code t3} is a link (a post). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Child(String kind, Link data) {}

  /** A post. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Link(
      String name,
      String title,
      String selftext,
      String author,
      @JsonProperty("created_utc") Double createdUtc,
      String permalink,
      String subreddit,
      Long score,
      @JsonProperty("num_comments") Long numComments,
      @JsonProperty("num_crossposts") Long numCrossposts) {}
}
