package dev.hashvet.text;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.Regex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the hashtags of a post exactly as the twitter-text rules define them (the conformance suite
 * in shared/bench/conformance is the reference). Uses the twitter-text library's own patterns, so
 * Unicode letters, marks, full-width '＃' and the "not after a URL or a letter" rules come from the
 * source.
 *
 * <p>The library's {@code extractHashtagsWithIndices} runs its pattern with {@code find()}, which
 * tries every position of the text; the pattern starts with a negated class of a few hundred
 * ranges, so each try costs a long walk (about 0.2 ms a post, most of a calendar row's time). A
 * match can only start on the character before a '#' or '＃' (or at the start of the text for one
 * there), so this class tries only those positions with {@code lookingAt()}, in order, which gives
 * the same leftmost matches as {@code find()}; the end check and the URL-overlap removal are the
 * library's (URLs are only looked for when a tag could be inside one). A test compares the two on
 * the conformance suite and on generated texts.
 */
public final class TagExtractor {
  private final Extractor extractor = new Extractor();

  public TagExtractor() {
    extractor.setExtractURLWithoutProtocol(true);
  }

  /** The tags of {@code text} in order of appearance (duplicates kept). */
  public List<ExtractedTag> extract(String text) {
    if (text == null || text.isEmpty() || (text.indexOf('#') < 0 && text.indexOf('＃') < 0)) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    Matcher m = Regex.VALID_HASHTAG.matcher(text);
    m.useAnchoringBounds(false);
    m.useTransparentBounds(true);
    int pos = 0;
    int len = text.length();
    for (int p = nextHash(text, 0); p >= 0; p = nextHash(text, p + 1)) {
      int start = p == 0 ? 0 : p - 1;
      if (start < pos) {
        continue;
      }
      m.region(start, len);
      if (!m.lookingAt()) {
        continue;
      }
      int end = m.end();
      pos = end;
      if (!Regex.INVALID_HASHTAG_MATCH_END.matcher(text).region(end, len).lookingAt()) {
        int tagStart = m.start(Regex.VALID_HASHTAG_GROUP_TAG);
        found.add(new Found(tagStart - 1, m.end(Regex.VALID_HASHTAG_GROUP_TAG),
            m.group(Regex.VALID_HASHTAG_GROUP_TAG), false));
      }
      // The next candidate hash must leave room for the character before it.
      p = Math.max(p, end - 1);
    }
    if (found.isEmpty()) {
      return List.of();
    }
    removeUrlOverlaps(text, found);
    List<ExtractedTag> out = new ArrayList<>(found.size());
    for (Found f : found) {
      out.add(new ExtractedTag(f.value, f.start, f.end));
    }
    return out;
  }

  private record Found(int start, int end, String value, boolean url) {}

  /**
   * As the library does: a tag inside a URL is part of the URL, not a tag. A URL has no spaces and
   * its domain (with a dot) comes before any ASCII '#' in it (a full-width '＃' may be part of a
   * domain), so URLs are looked for (an expensive pattern) only for a '＃' or when a tag's '#'
   * follows a dot with no space between.
   */
  private void removeUrlOverlaps(String text, List<Found> found) {
    if (found.stream().noneMatch(f -> mayBeInUrl(text, f.start()))) {
      return;
    }
    List<Extractor.Entity> urls = extractor.extractURLsWithIndices(text);
    if (urls.isEmpty()) {
      return;
    }
    List<Found> all = new ArrayList<>(found);
    for (Extractor.Entity u : urls) {
      all.add(new Found(u.getStart(), u.getEnd(), u.getValue(), true));
    }
    all.sort(Comparator.comparingInt(Found::start));
    List<Found> kept = new ArrayList<>();
    Found prev = null;
    for (Found cur : all) {
      if (prev != null && prev.end() > cur.start()) {
        continue;
      }
      kept.add(cur);
      prev = cur;
    }
    found.clear();
    kept.stream().filter(f -> !f.url()).forEach(found::add);
  }

  private static boolean mayBeInUrl(String text, int hash) {
    if (text.charAt(hash) != '#') {
      return true;
    }
    for (int i = hash - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
      if (c == '.' || c == '．' || c == '。' || c == '｡') {
        return true;
      }
    }
    return false;
  }

  private static int nextHash(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '#' || c == '＃') {
        return i;
      }
    }
    return -1;
  }
}
