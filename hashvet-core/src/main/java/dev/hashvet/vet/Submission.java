package dev.hashvet.vet;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One thing to vet.
 *
 * @param text the post, or "#tag" for a lone tag
 * @param at when it will go out
 * @param regions target markets (upper case ISO 3166-1); empty for global
 * @param languages audience languages; empty to detect or accept any
 * @param row the calendar row id (for allow entries), or ""
 */
public record Submission(
    String text, ZonedDateTime at, List<String> regions, List<String> languages, String row) {
  public Submission {
    regions = List.copyOf(regions);
    languages = List.copyOf(languages);
  }

  public Submission(String text, ZonedDateTime at, List<String> regions, List<String> languages) {
    this(text, at, regions, languages, "");
  }
}
