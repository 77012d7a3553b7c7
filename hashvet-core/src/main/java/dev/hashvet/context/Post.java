package dev.hashvet.context;

import java.util.List;

/**
 * One public post sampled from a source, normalised to the sample file's fields. Text is plain
 * (HTML already turned to text) but otherwise untrusted: it may hold control or escape sequences.
 * Unknown numbers are -1, unknown strings "".
 */
public record Post(
    String source,
    String id,
    String url,
    String createdAt,
    String lang,
    String author,
    long followers,
    long likes,
    long reposts,
    long replies,
    String text,
    List<String> tags) {
  public Post {
    source = source == null ? "" : source;
    id = id == null ? "" : id;
    url = url == null ? "" : url;
    createdAt = createdAt == null ? "" : createdAt;
    lang = lang == null ? "" : lang;
    author = author == null ? "" : author;
    text = text == null ? "" : text;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** A post with only its text known. */
  public static Post ofText(String source, String text) {
    return new Post(source, "", "", "", "", "", -1, -1, -1, -1, text, List.of());
  }
}
