package dev.hashvet.fetch;

import dev.hashvet.context.LiveSignals;

import dev.hashvet.context.Post;

import dev.hashvet.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans text fetched from the network before anything else sees it: {@link Sanitizer} removes
 * terminal escape sequences whole (colours, cursor moves, OSC title changes, device controls),
 * control characters other than newline and tab, and bidirectional overrides; here carriage returns
 * become newlines first (a bare CR could overwrite a line on screen), unpaired surrogates become
 * U+FFFD, and lengths are capped.
 */
public final class Untrusted {
  /** Longest field other than a post's text (author, URL, title): one line. */
  public static final int MAX_FIELD = 500;

  private Untrusted() {}

  /** A post's text: cleaned, at most {@link SampleFile#MAX_TEXT} chars. */
  public static String text(String s) {
    return cap(clean(s), SampleFile.MAX_TEXT);
  }

  /** A one-line field (author, URL, title, reason): cleaned, newlines and tabs made spaces. */
  public static String field(String s) {
    return cap(clean(s).replaceAll("[\\n\\t]+", " ").strip(), MAX_FIELD);
  }

  /** {@code s} with escape sequences and control characters removed (newline and tab kept). */
  public static String clean(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return dropLoneSurrogates(Sanitizer.clean(s.replace("\r\n", "\n").replace('\r', '\n')));
  }

  /** A post with every string field cleaned and capped. */
  public static Post post(Post p) {
    List<String> tags = new ArrayList<>();
    for (String t : p.tags()) {
      String c = field(t);
      if (!c.isEmpty()) {
        tags.add(c);
      }
    }
    return Post.builder(field(p.source()), field(p.id()))
        .url(field(p.url()))
        .createdAt(field(p.createdAt()))
        .lang(field(p.lang()))
        .author(field(p.author()))
        .followers(p.followers())
        .likes(p.likes())
        .reposts(p.reposts())
        .replies(p.replies())
        .text(text(p.text()))
        .tags(tags)
        .build();
  }

  /** A headline with every field cleaned. */
  public static LiveSignals.Headline headline(LiveSignals.Headline h) {
    return new LiveSignals.Headline(
        field(h.title()), field(h.url()), field(h.source()), field(h.seenAt()));
  }

  private static String cap(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String dropLoneSurrogates(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (lone && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        if (lone) {
          sb.append('\uFFFD');
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
