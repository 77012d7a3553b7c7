package dev.hashvet.fetch.bluesky;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The parts of the XRPC answers hashvet reads. */
final class BlueskyDtos {
  private BlueskyDtos() {}

  /** {@code com.atproto.server.createSession} and {@code refreshSession}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Session(String accessJwt, String refreshJwt, String did, String handle) {}

  /** {@code app.bsky.feed.searchPosts}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SearchPosts(List<PostView> posts, String cursor) {}

  /** A post view: the record (text, facets, langs) plus counts. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PostView(
      String uri,
      Author author,
      @JsonProperty("record") JsonNode body,
      Long replyCount,
      Long repostCount,
      Long likeCount,
      Long quoteCount,
      String indexedAt) {}

  /** A post's author (no follower count here: that needs getProfiles). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Author(String did, String handle) {}

  /** {@code app.bsky.actor.getProfiles}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profiles(List<Profile> profiles) {}

  /** A profile with its follower count. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profile(String did, Long followersCount) {}
}
