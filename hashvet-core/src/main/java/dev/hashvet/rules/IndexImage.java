package dev.hashvet.rules;

import dev.hashvet.Varints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * The term indexes of the bundled lists ({@link TermList#index}), worked out at build time: one
 * image per language ({@code /compiled/index/<lang>.bin}) holding, for each list, a hash table of
 * its first words and, under each, its entries (the term's number in its list and the form's
 * words), in index order. A check with no language named meets every language's lists; their
 * indexes are searched in place ({@link TermIndex}), entries decoded only under a word that hits,
 * instead of every term's forms, their joined spellings and a sort under every key being made
 * into maps. An image is used for a list only when the list is the one it was made from (same
 * name and {@link TermList#indexKey}); any other list is indexed from its terms, and a test checks
 * that the image gives every bundled list the index it would build.
 *
 * <p>The build runs {@link #main} over {@code target/classes} after {@link FormsImage}
 * (exec-maven-plugin, process-classes phase).
 */
public final class IndexImage {
  /** Where the images live on the classpath. */
  static final String FOLDER = "/compiled/index/";

  /** Changed whenever the layout changes. */
  private static final int VERSION = 1;

  private IndexImage() {}

  /**
   * The indexes {@code lang}'s image holds for {@code lists} (all in that language); lists it does
   * not hold are left out.
   */
  static Map<TermList, TermIndex> read(String lang, Collection<TermList> lists) {
    byte[] image;
    try (InputStream in = IndexImage.class.getResourceAsStream(FOLDER + lang + ".bin")) {
      if (in == null) {
        return Map.of();
      }
      // The image begins with its length: read into one array of that size, not grown in steps.
      byte[] head = in.readNBytes(4);
      image = new byte[ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt()];
      System.arraycopy(head, 0, image, 0, 4);
      in.readNBytes(image, 4, image.length - 4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, TermList> byName = new HashMap<>();
    lists.forEach(l -> byName.put(l.name(), l));
    return read(image, byName);
  }

  /**
   * The indexes an image holds for {@code lists} (by name), each only when the list is the one
   * the image was made from (same {@link TermList#indexKey}); they read the image in place.
   *
   * <p>An image (numbers of 4 bytes and keys of 8, little-endian): its length; the version; the
   * number of
   * distinct strings; the offset of the lists; the offset of each string, then each as its length
   * and UTF-8 bytes; the lists
   * (count, then each as its name's string number, its key, its number of first words, its
   * table size (a power of two) and its table: each slot the first word's hash, its string
   * number (-1 for an empty slot) and the offset of its entries). Entries: count, then each as
   * term number, number of words and their string numbers, 7 bits a byte, low bits first.
   */
  static Map<TermList, TermIndex> read(byte[] image, Map<String, TermList> lists) {
    Image in = new Image(image);
    if (in.intAt(4) != VERSION) {
      throw new IllegalStateException(FOLDER + " holds images of another version");
    }
    Map<TermList, TermIndex> out = new LinkedHashMap<>();
    int count = in.intAt(in.listsAt);
    int pos = in.listsAt + 4;
    for (int i = 0; i < count; i++) {
      TermList list = lists.get(in.string(in.intAt(pos)));
      long key = in.longAt(pos + 4);
      int words = in.intAt(pos + 12);
      int slots = in.intAt(pos + 16);
      if (list != null && list.indexKey() == key) {
        out.put(list, new Index(in, list, pos + LIST, slots, words));
      }
      pos += LIST + slots * SLOT;
    }
    return out;
  }

  /**
   * Where the strings' offsets begin: after the image's length, the version, the number of
   * strings and the lists' offset.
   */
  private static final int STRINGS = 16;

  /** Bytes of a list's head: name, key, number of first words, table size. */
  private static final int LIST = 20;

  /** Bytes of a table slot: hash, string number, entries offset. */
  private static final int SLOT = 12;

  /** A language's image and its strings, decoded as asked for. */
  private static final class Image {
    private final ByteBuffer bytes;
    private final String[] strings;
    final int listsAt;

    Image(byte[] image) {
      bytes = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
      strings = new String[intAt(8)];
      listsAt = intAt(12);
    }

    int intAt(int pos) {
      return bytes.getInt(pos);
    }

    long longAt(int pos) {
      return bytes.getLong(pos);
    }

    /** Strings are immutable: two threads decoding one string at once store equal ones. */
    String string(int id) {
      String s = strings[id];
      if (s == null) {
        int[] pos = {intAt(STRINGS + 4 * id)};
        int len = varint(pos);
        s = new String(bytes.array(), pos[0], len, StandardCharsets.UTF_8);
        strings[id] = s;
      }
      return s;
    }

    int varint(int[] pos) {
      return Varints.read(bytes.array(), pos);
    }
  }

  /** One list's index, read in place; the entries under a word are decoded when first asked. */
  private static final class Index implements TermIndex {
    private final Image image;
    private final TermList list;
    private final int table;
    private final int mask;
    private final int words;
    /** The entries decoded so far, by slot; made at the first hit. */
    private volatile AtomicReferenceArray<List<TermList.Entry>> decoded;

    Index(Image image, TermList list, int table, int slots, int words) {
      this.image = image;
      this.list = list;
      this.table = table;
      this.mask = slots - 1;
      this.words = words;
    }

    @Override
    public List<TermList.Entry> entries(String word) {
      int hash = word.hashCode();
      for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
        int at = table + i * SLOT;
        int id = image.intAt(at + 4);
        if (id < 0) {
          return null;
        }
        if (image.intAt(at) == hash && image.string(id).equals(word)) {
          AtomicReferenceArray<List<TermList.Entry>> d = decoded;
          if (d == null) {
            synchronized (this) {
              if (decoded == null) {
                decoded = new AtomicReferenceArray<>(mask + 1);
              }
              d = decoded;
            }
          }
          List<TermList.Entry> e = d.get(i);
          if (e == null) {
            e = decode(image.intAt(at + 8));
            d.compareAndSet(i, null, e);
          }
          return e;
        }
      }
    }

    private List<TermList.Entry> decode(int offset) {
      int[] pos = {offset};
      List<TermList.Term> terms = list.terms();
      TermList.Entry[] out = new TermList.Entry[image.varint(pos)];
      for (int e = 0; e < out.length; e++) {
        TermList.Term term = terms.get(image.varint(pos));
        String[] form = new String[image.varint(pos)];
        for (int f = 0; f < form.length; f++) {
          form[f] = image.string(image.varint(pos));
        }
        out[e] = new TermList.Entry(List.of(form), term, list);
      }
      return List.of(out);
    }

    @Override
    public int size() {
      return words;
    }

    @Override
    public void forEachHash(IntConsumer hashes) {
      for (int i = 0; i <= mask; i++) {
        int at = table + i * SLOT;
        if (image.intAt(at + 4) >= 0) {
          hashes.accept(image.intAt(at));
        }
      }
    }
  }

  /** The first slot to try for a word of {@code hash} in a table of {@code mask + 1} slots. */
  private static int slot(int hash, int mask) {
    return (int) (KeyedWords.mix(hash) >>> 40) & mask;
  }

  /** The image of {@code lists}' indexes, built from their terms. */
  static byte[] write(Collection<TermList> lists) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    Map<TermList, Map<String, List<TermList.Entry>>> indexes = new LinkedHashMap<>();
    for (TermList list : lists) {
      Map<String, List<TermList.Entry>> index = list.buildIndex();
      indexes.put(list, index);
      ids.putIfAbsent(list.name(), ids.size());
      index.forEach((word, entries) -> {
        ids.putIfAbsent(word, ids.size());
        entries.forEach(e -> e.form().forEach(w -> ids.putIfAbsent(w, ids.size())));
      });
    }
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    List<Integer> stringAt = new ArrayList<>();
    int stringsStart = STRINGS + 4 * ids.size();
    for (String s : ids.keySet()) {
      stringAt.add(stringsStart + strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      Varints.write(strings, utf8.length);
      strings.writeBytes(utf8);
    }
    int listsAt = stringsStart + strings.size();
    ByteBuffer head = little(stringsStart);
    head.putInt(0).putInt(VERSION).putInt(ids.size()).putInt(listsAt);
    stringAt.forEach(head::putInt);
    int tablesSize = 4;
    for (Map<String, List<TermList.Entry>> index : indexes.values()) {
      tablesSize += LIST + slots(index.size()) * SLOT;
    }
    ByteBuffer tables = little(tablesSize);
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    int entriesAt = listsAt + tablesSize;
    tables.putInt(indexes.size());
    indexes.forEach((list, index) -> {
      Map<TermList.Term, Integer> numbers = new IdentityHashMap<>();
      for (int i = 0; i < list.terms().size(); i++) {
        numbers.putIfAbsent(list.terms().get(i), i);
      }
      int slots = slots(index.size());
      int[] hash = new int[slots];
      int[] id = new int[slots];
      int[] offset = new int[slots];
      Arrays.fill(id, -1);
      index.forEach((word, found) -> {
        int i = slot(word.hashCode(), slots - 1);
        while (id[i] >= 0) {
          i = (i + 1) & (slots - 1);
        }
        hash[i] = word.hashCode();
        id[i] = ids.get(word);
        offset[i] = entriesAt + entries.size();
        Varints.write(entries, found.size());
        for (TermList.Entry e : found) {
          Varints.write(entries, numbers.get(e.term()));
          Varints.write(entries, e.form().size());
          e.form().forEach(w -> Varints.write(entries, ids.get(w)));
        }
      });
      tables.putInt(ids.get(list.name())).putLong(list.indexKey()).putInt(index.size())
          .putInt(slots);
      for (int i = 0; i < slots; i++) {
        tables.putInt(hash[i]).putInt(id[i]).putInt(offset[i]);
      }
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.array());
    out.writeBytes(strings.toByteArray());
    out.writeBytes(tables.array());
    out.writeBytes(entries.toByteArray());
    byte[] image = out.toByteArray();
    ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN).putInt(0, image.length);
    return image;
  }

  /** Table slots for {@code words} first words: a power of two, at most three quarters full. */
  private static int slots(int words) {
    int least = Math.max(2, (words * 4 + 2) / 3);
    return Integer.highestOneBit(least * 2 - 1);
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }


  /** The bundled lists by language: what the images hold. */
  static Map<String, List<TermList>> bundledLists() {
    Map<String, List<TermList>> byLang = new TreeMap<>();
    for (TermList list : new RulePackReader().bundled().terms().all()) {
      byLang.computeIfAbsent(list.lang(), l -> new ArrayList<>()).add(list);
    }
    return byLang;
  }

  /** Build step: writes the image of every language under the classes folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    LanguageImages.writeFolder(args[0], FOLDER, bundledLists(), IndexImage::write);
  }
}
