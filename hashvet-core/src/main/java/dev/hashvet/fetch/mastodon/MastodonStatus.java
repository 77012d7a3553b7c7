package dev.hashvet.fetch.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A status as the Mastodon API gives it (the fields hashvet reads). */
@JsonIgnoreProperties(ignoreUnknown = true)
record MastodonStatus(
    String id,
    String uri,
    String url,
    @JsonProperty("created_at") String createdAt,
    String language,
    String content,
    @JsonProperty("spoiler_text") String spoilerText,
    Account account,
    List<TagRef> tags,
    @JsonProperty("replies_count") Long repliesCount,
    @JsonProperty("reblogs_count") Long reblogsCount,
    @JsonProperty("favourites_count") Long favouritesCount,
    MastodonStatus reblog) {

  /** The author. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Account(String acct, String url, @JsonProperty("followers_count") Long followersCount) {}

  /** A tag of the status. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TagRef(String name) {}
}
