package dev.hashvet.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text fetched from the network before anything else sees it. Terminal escape sequences
 * (colours, cursor moves, OSC title changes, device controls) are removed whole, so no "[31m"
 * debris is left; other control characters go too, except newline and tab; carriage returns
 * become newlines (a bare CR could overwrite a line on screen); bidirectional overrides are
 * dropped (they can make a line read differently from its bytes). Lengths are capped.
 */
public final class Untrusted {
  /** Longest field other than a post's text (author, URL, title): one line. */
  public static final int MAX_FIELD = 500;

  // ESC [ ... final, ESC ] ... BEL or ST, ESC P/X/^/_ ... ST, and the 8-bit C1 forms of CSI/OSC.
  private static final Pattern ESCAPES =
      Pattern.compile(
          "\u001b\\[[0-?]*[ -/]*[@-~]"
              + "|\u009b[0-?]*[ -/]*[@-~]"
              + "|[\u001b][\\]PX^_][\\s\\S]*?(?:\u0007|\u001b\\\\|\u009c|$)"
              + "|[\u009d\u0090\u0098\u009e\u009f][\\s\\S]*?(?:\u0007|\u001b\\\\|\u009c|$)"
              + "|\u001b[ -/]*[0-~]?");
  private static final Pattern CONTROLS =
      Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\u202a-\u202e\u2066-\u2069]");

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
    String out = ESCAPES.matcher(s).replaceAll("");
    out = out.replace("\r\n", "\n").replace('\r', '\n');
    out = CONTROLS.matcher(out).replaceAll("");
    return dropLoneSurrogates(out);
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
    return new Post(
        field(p.source()),
        field(p.id()),
        field(p.url()),
        field(p.createdAt()),
        field(p.lang()),
        field(p.author()),
        p.followers(),
        p.likes(),
        p.reposts(),
        p.replies(),
        text(p.text()),
        tags);
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
