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
 * the same leftmost matches as {@code find()}; a plain ASCII tag after an ASCII character is
 * decided without the pattern. The end check and the URL-overlap removal are the library's (URLs
 * are only looked for when a tag could be inside one). A test compares the results with the
 * library's on the conformance suite and on generated texts.
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
      int end = asciiTagEnd(text, p);
      int hash = p;
      if (end == NO_TAG) {
        continue;
      }
      if (end == UNSURE) {
        m.region(start, len);
        if (!m.lookingAt()) {
          continue;
        }
        end = m.end();
        hash = m.start(Regex.VALID_HASHTAG_GROUP_TAG) - 1;
      }
      pos = end;
      if (!Regex.INVALID_HASHTAG_MATCH_END.matcher(text).region(end, len).lookingAt()) {
        found.add(new Found(hash, end, text.substring(hash + 1, end), false));
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

  private static final int NO_TAG = -1;
  private static final int UNSURE = -2;

  /**
   * The end of the tag whose '#' is at {@code hash} when the pattern's answer is plain from ASCII
   * alone: the character before is ASCII (or the start), the tag is a run of ASCII letters, digits
   * and '_' with at least one letter, ended by an ASCII character or the end of the text. Then
   * the pattern matches exactly that run (its classes agree with these on ASCII). {@link #NO_TAG}
   * when the pattern surely does not match there, {@link #UNSURE} to ask the pattern.
   */
  private static int asciiTagEnd(String text, int hash) {
    if (text.charAt(hash) != '#') {
      return UNSURE;
    }
    if (hash > 0) {
      char before = text.charAt(hash - 1);
      if (before >= 0x80) {
        return UNSURE;
      }
      if (before == '&' || before == '_' || Character.isLetterOrDigit(before)) {
        return NO_TAG;
      }
    }
    int i = hash + 1;
    boolean letter = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return UNSURE;
      }
      boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alpha && c != '_' && (c < '0' || c > '9')) {
        break;
      }
      letter |= alpha;
      i++;
    }
    return letter ? i : NO_TAG;
  }

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
