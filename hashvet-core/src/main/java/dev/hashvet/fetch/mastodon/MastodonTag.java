package dev.hashvet.fetch.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A tag with its history, newest day first; the API gives the numbers as strings and the day as
 * the epoch second of its midnight (UTC).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MastodonTag(String name, List<Day> history) {
  /** Uses of the tag on one day. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Day(String day, String uses, String accounts) {}
}
