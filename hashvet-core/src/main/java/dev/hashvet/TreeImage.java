package dev.hashvet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree and its line map as a compact binary image: a table of the distinct strings, then
 * the nodes in document order (a tag byte, then a string number, a count or a number). Reading one
 * is a walk over a byte array with no parser, which is what start-up wants for the bundled data;
 * the tree read back equals the tree written, node type for node type (a test checks every
 * bundled file).
 */
final class TreeImage {
  private static final byte MISSING = 0;
  private static final byte NULL = 1;
  private static final byte TRUE = 2;
  private static final byte FALSE = 3;
  private static final byte INT = 4;
  private static final byte LONG = 5;
  private static final byte DOUBLE = 6;
  private static final byte TEXT = 7;
  private static final byte ARRAY = 8;
  private static final byte OBJECT = 9;
  private static final byte BIG_INTEGER = 10;
  private static final byte DECIMAL = 11;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeImage() {}

  /** The image of {@code root} (a missing node is kept as missing). */
  static byte[] tree(JsonNode root) {
    Writer w = new Writer();
    w.node(root);
    return w.finish();
  }

  /**
   * The image of a line map (JSON pointer to line), searchable without reading it: the number of
   * pointers, the place of each entry (4 bytes each, from the start of the image), then the
   * entries in the byte order of their UTF-8 pointers, each its line, its length and its bytes.
   */
  static byte[] lines(Map<String, Integer> lines) {
    List<byte[]> pointers = new ArrayList<>();
    Map<byte[], Integer> lineOf = new java.util.IdentityHashMap<>();
    lines.forEach((pointer, line) -> {
      byte[] utf8 = pointer.getBytes(StandardCharsets.UTF_8);
      pointers.add(utf8);
      lineOf.put(utf8, line);
    });
    pointers.sort(java.util.Arrays::compareUnsigned);
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(entries);
    int[] at = new int[pointers.size()];
    int head = 4 + 4 * pointers.size();
    for (int i = 0; i < at.length; i++) {
      at[i] = head + entries.size();
      Varints.write(out, lineOf.get(pointers.get(i)));
      Varints.write(out, pointers.get(i).length);
      entries.write(pointers.get(i), 0, pointers.get(i).length);
    }
    java.nio.ByteBuffer image = java.nio.ByteBuffer.allocate(head + entries.size());
    image.putInt(at.length);
    for (int a : at) {
      image.putInt(a);
    }
    image.put(entries.toByteArray());
    return image.array();
  }

  /**
   * The line of {@code pointer} in a line map image at {@code offset} of {@code bytes}, or 0 when
   * the image has no such pointer: a binary search over the UTF-8 bytes, nothing decoded.
   */
  static int line(byte[] bytes, int offset, String pointer) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    byte[] key = pointer.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = b.getInt(offset) - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Reader r = new Reader(bytes, offset + b.getInt(offset + 4 + 4 * mid), false);
      int line = r.count();
      int len = r.count();
      int c = java.util.Arrays.compareUnsigned(bytes, r.pos[0], r.pos[0] + len, key, 0, key.length);
      if (c == 0) {
        return line;
      } else if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return 0;
  }

  /** The whole line map of an image made by {@link #lines}, at {@code offset} of {@code bytes}. */
  static Map<String, Integer> readLines(byte[] bytes, int offset) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    int n = b.getInt(offset);
    Map<String, Integer> out = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      Reader r = new Reader(bytes, offset + b.getInt(offset + 4 + 4 * i), false);
      int line = r.count();
      int len = r.count();
      out.put(new String(bytes, r.pos[0], len, StandardCharsets.UTF_8), line);
    }
    return out;
  }

  /** The tree of an image made by {@link #tree}, starting at {@code offset} of {@code bytes}. */
  static JsonNode readTree(byte[] bytes, int offset) {
    Reader r = new Reader(bytes, offset);
    return r.node();
  }

  /** Writes the body first, collecting strings, then prefixes the string table. */
  private static final class Writer {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(body);

    void node(JsonNode n) {
      try {
        if (n.isMissingNode()) {
          out.writeByte(MISSING);
        } else if (n.isNull()) {
          out.writeByte(NULL);
        } else if (n.isBoolean()) {
          out.writeByte(n.booleanValue() ? TRUE : FALSE);
        } else if (n.isInt()) {
          out.writeByte(INT);
          out.writeInt(n.intValue());
        } else if (n.isLong()) {
          out.writeByte(LONG);
          out.writeLong(n.longValue());
        } else if (n.isDouble()) {
          out.writeByte(DOUBLE);
          out.writeDouble(n.doubleValue());
        } else if (n.isBigInteger()) {
          out.writeByte(BIG_INTEGER);
          string(n.bigIntegerValue().toString());
        } else if (n.isBigDecimal()) {
          out.writeByte(DECIMAL);
          string(n.decimalValue().toString());
        } else if (n.isTextual()) {
          out.writeByte(TEXT);
          string(n.textValue());
        } else if (n.isArray()) {
          out.writeByte(ARRAY);
          count(n.size());
          for (JsonNode item : n) {
            node(item);
          }
        } else if (n.isObject()) {
          out.writeByte(OBJECT);
          count(n.size());
          for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            string(e.getKey());
            node(e.getValue());
          }
        } else {
          throw new IllegalArgumentException("no image for a " + n.getNodeType() + " node");
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    void string(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = strings.size();
        ids.put(s, id);
        strings.add(s);
      }
      count(id);
    }

    /** A non-negative int in 7-bit groups, low first. */
    void count(int v) {
      Varints.write(out, v);
    }

    byte[] finish() {
      try {
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + strings.size() * 8);
        DataOutputStream head = new DataOutputStream(all);
        Varints.write(head, strings.size());
        for (String s : strings) {
          byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
          Varints.write(head, utf8.length);
          head.write(utf8);
        }
        out.flush();
        body.writeTo(all);
        return all.toByteArray();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

  }

  private static final class Reader {
    private final byte[] b;
    /** The position of the next byte to read (one cell, as {@link Varints#read} takes it). */
    private final int[] pos = new int[1];
    private final String[] strings;

    Reader(byte[] image, int offset) {
      this(image, offset, true);
    }

    /** A reader at {@code offset}, after reading the string table there if {@code strings}. */
    Reader(byte[] image, int offset, boolean strings) {
      this.b = image;
      this.pos[0] = offset;
      if (!strings) {
        this.strings = new String[0];
        return;
      }
      this.strings = new String[count()];
      for (int i = 0; i < this.strings.length; i++) {
        int len = count();
        this.strings[i] = new String(b, pos[0], len, StandardCharsets.UTF_8);
        pos[0] += len;
      }
    }

    int count() {
      return Varints.read(b, pos);
    }

    String string() {
      return strings[count()];
    }

    private long fixed(int bytes) {
      long v = 0;
      for (int i = 0; i < bytes; i++) {
        v = (v << 8) | (b[pos[0]++] & 0xff);
      }
      return v;
    }

    JsonNode node() {
      byte tag = b[pos[0]++];
      switch (tag) {
        case MISSING:
          return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        case NULL:
          return NODES.nullNode();
        case TRUE:
          return NODES.booleanNode(true);
        case FALSE:
          return NODES.booleanNode(false);
        case INT:
          return NODES.numberNode((int) fixed(4));
        case LONG:
          return NODES.numberNode(fixed(8));
        case DOUBLE:
          return NODES.numberNode(Double.longBitsToDouble(fixed(8)));
        case BIG_INTEGER:
          return NODES.numberNode(new BigInteger(string()));
        case DECIMAL:
          return NODES.numberNode(new BigDecimal(string()));
        case TEXT:
          return NODES.textNode(string());
        case ARRAY: {
          int n = count();
          ArrayNode a = new ArrayNode(NODES, n);
          for (int i = 0; i < n; i++) {
            a.add(node());
          }
          return a;
        }
        case OBJECT: {
          int n = count();
          Map<String, JsonNode> fields = new java.util.LinkedHashMap<>(n * 4 / 3 + 1);
          for (int i = 0; i < n; i++) {
            String key = string();
            fields.put(key, node());
          }
          return new ObjectNode(NODES, fields);
        }
        default:
          throw new IllegalStateException("bad tree image: tag " + tag + " at " + (pos[0] - 1));
      }
    }
  }
}
