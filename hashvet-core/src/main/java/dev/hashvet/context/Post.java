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
    return builder(source, "").text(text).build();
  }

  /** A post from {@code source} with id {@code id}; what is not set stays unknown. */
  public static Builder builder(String source, String id) {
    return new Builder(source, id);
  }

  /** Builds a {@link Post} field by field: strings default to "", counts to -1 (unknown). */
  public static final class Builder {
    private final String source;
    private final String id;
    private String url = "";
    private String createdAt = "";
    private String lang = "";
    private String author = "";
    private long followers = -1;
    private long likes = -1;
    private long reposts = -1;
    private long replies = -1;
    private String text = "";
    private List<String> tags = List.of();

    private Builder(String source, String id) {
      this.source = source;
      this.id = id;
    }

    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** When the post was made (ISO-8601), as its source gives it. */
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** The post's language as its source gives it (ISO 639-1). */
    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    public Builder author(String author) {
      this.author = author;
      return this;
    }

    public Builder followers(long followers) {
      this.followers = followers;
      return this;
    }

    public Builder likes(long likes) {
      this.likes = likes;
      return this;
    }

    public Builder reposts(long reposts) {
      this.reposts = reposts;
      return this;
    }

    public Builder replies(long replies) {
      this.replies = replies;
      return this;
    }

    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** The post's tags, without '#'. */
    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    public Post build() {
      return new Post(source, id, url, createdAt, lang, author, followers, likes, reposts,
          replies, text, tags);
    }
  }
}
