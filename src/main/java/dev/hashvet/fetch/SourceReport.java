package dev.hashvet.fetch;

/**
 * What one source did for one query.
 *
 * @param id the source id ("mastodon", "bluesky", "sample", ...)
 * @param status how it answered
 * @param posts how many posts it gave
 * @param detail plain words: the instance asked, the reason it failed or was skipped
 */
public record SourceReport(String id, SourceStatus status, int posts, String detail) {}
