package dev.hashvet.fetch;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.Post;

import java.util.List;

/**
 * A recorded or fetched sample of posts.
 *
 * @param query what was asked ("#notguilty"), or "" when the file has no header
 * @param fetchedAt when it was fetched (ISO-8601), or ""
 * @param sources per-source status from the header (or from the fetch); may be empty
 * @param posts the posts
 * @param warnings lines that were skipped, each naming the file and line
 */
public record Sample(
    String query,
    String fetchedAt,
    List<SourceReport> sources,
    List<Post> posts,
    List<String> warnings) {
  public Sample {
    sources = List.copyOf(sources);
    posts = List.copyOf(posts);
    warnings = List.copyOf(warnings);
  }
}
