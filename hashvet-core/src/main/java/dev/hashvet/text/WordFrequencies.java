package dev.hashvet.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * How common each English word is, as a cost: {@code -ln(count / total)}, so that the cost of a
 * reading is the sum of its words' costs. The bundled data is the SymSpell English frequency list
 * (82,765 words with Google Books Ngram counts; licenses/symspell.txt), plus the words of SCOWL up
 * to size 80 that it lacks (200,445 rarer words and names such as Penistone and Scunthorpe;
 * licenses/scowl.txt), each counted as half the list's smallest count: known to exist, too rare to
 * have been counted. Joined to the counted list: 28,274 romanised Hindi words (Hinglish spelling,
 * from a Hindi subtitle word list; licenses/frequencywords-hi.txt) with their counts scaled by
 * {@link #HINDI_LATN_SCALE}. All are read once from the class path when first needed.
 *
 * <p>Words are lower-case ASCII. Loading is on the start-up path of every check, so nothing is
 * copied: the counted words stay in their decompressed bytes behind a small open-addressing hash
 * table, and the extra words stay in their sorted file, searched by bisection.
 */
public final class WordFrequencies {
  /** The bundled SymSpell unigram list (gzip of the original file, BOM and all). */
  static final String UNIGRAM_RESOURCE = "/text/frequency_dictionary_en_82_765.txt.gz";

  /** SCOWL words (size 80 and below) missing from the SymSpell list: sorted, one a line, gzip. */
  static final String EXTRA_WORDS_RESOURCE = "/text/scowl-words.txt.gz";

  private final byte[] text;
  private final int[] starts;
  private final byte[] lengths;
  private final float[] costs;
  private final int[] slots;
  private final int maxLength;
  private final double total;
  private final double smallestCount;
  private final byte[] extra;
  private final float extraCost;

  /**
   * Romanised Hindi words (Hinglish spelling) with their counts, from a Hindi word-frequency list
   * (scripts/fetch-hindi-latn.sh): {@code word count} a line, gzip. Joined to the English list.
   */
  static final String HINDI_LATN_RESOURCE = "/text/hindi-latn-words.txt.gz";

  /**
   * What a romanised Hindi count is multiplied by before it joins the English counts: the Hindi
   * list counts words of 0.74 million words of subtitles, the English one of Google Books, and a
   * Hindi word in a tag is far less likely than its share of Hindi text. Tuned on the development
   * sets (docs/segmentation.md).
   */
  public static final double HINDI_LATN_SCALE = 1_000;

  private WordFrequencies(byte[] text, byte[] extra) {
    this(text, text.length, 1, extra);
  }

  /**
   * Reads {@code text}; the counts of the lines from byte {@code scaledFrom} on are multiplied by
   * {@code scale} (a second list joined to the first).
   */
  private WordFrequencies(byte[] text, int scaledFrom, double scale, byte[] extra) {
    this.text = text;
    // Lines are about 16 bytes; grow in the rare case the guess is short.
    int guess = text.length / 12 + 16;
    int[] st = new int[guess];
    byte[] len = new byte[guess];
    double[] counts = new double[guess];
    int size = 0;
    double sum = 0;
    double smallest = Double.MAX_VALUE;
    int max = 0;
    int n = text.length;
    int i = startAfterBom(text);
    while (i < n) {
      int wordStart = i;
      byte c;
      while (i < n && (c = text[i]) != ' ' && c != '\t' && c != '\n') {
        i++;
      }
      int wordEnd = i;
      while (i < n && (text[i] == ' ' || text[i] == '\t')) {
        i++;
      }
      long count = 0;
      while (i < n && (c = text[i]) >= '0' && c <= '9') {
        count = count * 10 + (c - '0');
        i++;
      }
      while (i < n && text[i] != '\n') {
        i++;
      }
      i++;
      int length = wordEnd - wordStart;
      if (length == 0 || length > Byte.MAX_VALUE || count <= 0) {
        continue;
      }
      if (size == st.length) {
        st = Arrays.copyOf(st, size * 2);
        len = Arrays.copyOf(len, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      double scaled = wordStart >= scaledFrom ? count * scale : count;
      st[size] = wordStart;
      len[size] = (byte) length;
      counts[size] = scaled;
      sum += scaled;
      if (wordStart < scaledFrom) {
        smallest = Math.min(smallest, count);
      }
      max = Math.max(max, length);
      size++;
    }
    this.starts = st;
    this.lengths = len;
    this.total = sum;
    this.smallestCount = size == 0 ? 1 : smallest;
    this.maxLength = max;
    this.costs = new float[size];
    for (int w = 0; w < size; w++) {
      costs[w] = (float) -Math.log(counts[w] / sum);
    }
    this.slots = new int[Integer.highestOneBit(Math.max(4, size * 2)) * 2];
    int mask = slots.length - 1;
    for (int w = 0; w < size; w++) {
      int h = hash(text, starts[w], starts[w] + lengths[w]) & mask;
      while (slots[h] != 0) {
        h = (h + 1) & mask;
      }
      slots[h] = w + 1;
    }
    this.extra = extra;
    this.extraCost = (float) -Math.log(smallestCount / 2 / total);
  }

  /** The bundled English data, read on first use and shared (it never changes once read). */
  public static WordFrequencies bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a gzipped SymSpell-format list ({@code word count} a line, UTF-8, optional BOM) and a
   * gzipped list of extra words (sorted by char value, one a line) that each count as half the
   * smallest count of the first list, without changing its total.
   */
  public static WordFrequencies readGzip(InputStream counted, InputStream extraWords)
      throws IOException {
    return new WordFrequencies(new GZIPInputStream(counted).readAllBytes(),
        new GZIPInputStream(extraWords).readAllBytes());
  }

  /**
   * Like {@link #readGzip(InputStream, InputStream)}, with a second counted list (same format,
   * no BOM) joined to the first, its counts multiplied by {@code scale}.
   */
  public static WordFrequencies readGzip(InputStream counted, InputStream second, double scale,
      InputStream extraWords) throws IOException {
    byte[] first = new GZIPInputStream(counted).readAllBytes();
    byte[] more = new GZIPInputStream(second).readAllBytes();
    int join = first.length > 0 && first[first.length - 1] != '\n' ? 1 : 0;
    byte[] text = Arrays.copyOf(first, first.length + join + more.length);
    if (join == 1) {
      text[first.length] = '\n';
    }
    System.arraycopy(more, 0, text, first.length + join, more.length);
    return new WordFrequencies(text, first.length + join, scale,
        new GZIPInputStream(extraWords).readAllBytes());
  }

  /** A small table from {@code counts} of lower-case ASCII words (tests, callers' own data). */
  public static WordFrequencies of(Map<String, Long> counts) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(counts).forEach((w, c) -> b.append(w).append(' ').append(c).append('\n'));
    return new WordFrequencies(b.toString().getBytes(StandardCharsets.US_ASCII), new byte[0]);
  }

  /** The cost of {@code word} (lower-case), or empty when neither list has it. */
  public OptionalDouble cost(String word) {
    double c = cost(word, 0, word.length());
    return Double.isNaN(c) ? OptionalDouble.empty() : OptionalDouble.of(c);
  }

  public boolean contains(String word) {
    return !Double.isNaN(cost(word, 0, word.length()));
  }

  /** How many counted words there are. */
  public int size() {
    return costs.length;
  }

  /** How many extra (uncounted) words there are. */
  public int extraSize() {
    int lines = 0;
    for (byte b : extra) {
      lines += b == '\n' ? 1 : 0;
    }
    return lines + (extra.length > 0 && extra[extra.length - 1] != '\n' ? 1 : 0);
  }

  /** The sum of the counts, the denominator of every word's probability. */
  public double total() {
    return total;
  }

  /** The length of the longest counted word, in chars. */
  int maxLength() {
    return maxLength;
  }

  /** The cost of {@code s[from, to)}, or NaN when unknown; makes no String. */
  double cost(CharSequence s, int from, int to) {
    int w = find(s, from, to);
    if (w >= 0) {
      return costs[w];
    }
    long range = allExtra();
    for (int j = from + 1; j <= to && !isEmpty(range); j++) {
      range = narrow(s, from, j, range);
    }
    return to > from && startsWithWordOf(range, to - from) ? extraCost : Double.NaN;
  }

  /** The cost of {@code s[from, to)} in the counted list only, or NaN. */
  double countedCost(CharSequence s, int from, int to) {
    int w = find(s, from, to);
    return w >= 0 ? costs[w] : Double.NaN;
  }

  /** The cost every extra word has. */
  double extraCost() {
    return extraCost;
  }

  /**
   * All the extra words, as a range for {@link #narrow}: the byte offsets of the first line and
   * of the end, packed as {@code lo << 32 | hi}. Offsets, not line numbers, so that loading never
   * has to index the lines.
   */
  long allExtra() {
    return extra.length;
  }

  /**
   * Narrows {@code range}, the extra words that start with {@code s[from, to - 1)}, to those that
   * start with {@code s[from, to)}: the segmenter extends a word one char at a time, so each step
   * is a bisection inside the last range, and an empty range ends the word early.
   */
  long narrow(CharSequence s, int from, int to, long range) {
    int lo = (int) (range >>> 32);
    int hi = (int) range;
    int k = to - 1 - from;
    int c = s.charAt(to - 1);
    int first = firstAtLeast(lo, hi, k, c);
    int end = firstAtLeast(first, hi, k, c + 1);
    return (long) first << 32 | end;
  }

  /** Whether the first word of {@code range} is exactly {@code length} chars long. */
  boolean startsWithWordOf(long range, int length) {
    int lo = (int) (range >>> 32);
    int hi = (int) range;
    return lo < hi && lineEnd(lo) - lo == length;
  }

  static boolean isEmpty(long range) {
    return (int) (range >>> 32) >= (int) range;
  }

  /**
   * The first line starting in {@code [lo, hi)} (both line starts) whose char at {@code k} is at
   * least {@code c}, a line too short counting as less; {@code hi} if none.
   */
  private int firstAtLeast(int lo, int hi, int k, int c) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int start = mid;
      while (start > lo && extra[start - 1] != '\n') {
        start--;
      }
      int end = lineEnd(mid);
      int at = end - start > k ? extra[start + k] & 0xff : -1;
      if (at < c) {
        lo = Math.min(end + 1, hi);
      } else {
        hi = start;
      }
    }
    return lo;
  }

  private int lineEnd(int start) {
    int end = start;
    while (end < extra.length && extra[end] != '\n') {
      end++;
    }
    return end;
  }

  private int find(CharSequence s, int from, int to) {
    int length = to - from;
    if (length > maxLength || length <= 0) {
      return -1;
    }
    int mask = slots.length - 1;
    int h = hash(s, from, to) & mask;
    for (int slot = slots[h]; slot != 0; h = (h + 1) & mask, slot = slots[h]) {
      int w = slot - 1;
      if (lengths[w] == length && same(s, from, starts[w], length)) {
        return w;
      }
    }
    return -1;
  }

  private boolean same(CharSequence s, int from, int at, int length) {
    for (int k = 0; k < length; k++) {
      if (s.charAt(from + k) != (text[at + k] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 15);
  }

  private static int hash(byte[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + (s[i] & 0xff);
    }
    return h ^ (h >>> 15);
  }

  private static int startAfterBom(byte[] t) {
    boolean bom = t.length >= 3 && (t[0] & 0xff) == 0xef && (t[1] & 0xff) == 0xbb
        && (t[2] & 0xff) == 0xbf;
    return bom ? 3 : 0;
  }

  private static final class Bundled {
    static final WordFrequencies INSTANCE = load();

    private static WordFrequencies load() {
      try (InputStream in = resource(UNIGRAM_RESOURCE);
          InputStream hindi = resource(HINDI_LATN_RESOURCE);
          InputStream extra = resource(EXTRA_WORDS_RESOURCE)) {
        return readGzip(in, hindi, HINDI_LATN_SCALE, extra);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled word lists", e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = WordFrequencies.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in;
    }
  }
}
