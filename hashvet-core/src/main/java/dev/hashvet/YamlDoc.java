package dev.hashvet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML (or JSON) document read into a tree that remembers the line of every key and list item,
 * so that config files and rule files can name the file, line and key of any problem.
 */
public final class YamlDoc {
  /** The YAML parser, made on first use: bundled files are read from their compiled form. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = new YAMLMapper((YAMLFactory) limited(new YAMLFactory()));
  }

  /** Deepest nesting read in a user's YAML or JSON file (a calendar row or a rule nests 4-6). */
  public static final int MAX_DEPTH = 100;

  /** {@code factory}, set to refuse documents nested deeper than {@link #MAX_DEPTH}. */
  public static JsonFactory limited(JsonFactory factory) {
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    return factory;
  }

  private final String name;
  private final JsonNode root;
  private final String text;
  /** The lines of a compiled document, looked up in its image (null for a parsed one). */
  private final CompiledLines compiledLines;

  /** The lines of a compiled document ({@link BundledYaml}). */
  interface CompiledLines {
    /** The line of the key or item at {@code pointer}, or 0 when the document has none there. */
    int line(String pointer);

    /** Every pointer's line. */
    Map<String, Integer> all();
  }
  private volatile Map<String, Integer> lines;

  private YamlDoc(
      String name, JsonNode root, String text, CompiledLines compiledLines) {
    this.name = name;
    this.root = root;
    this.text = text;
    this.compiledLines = compiledLines;
  }

  /**
   * A document read from its compiled form ({@link BundledYaml}): the tree, and its lines looked
   * up in {@code lines} when a message names one.
   */
  static YamlDoc compiled(String name, JsonNode root, CompiledLines lines) {
    return new YamlDoc(name, root.isNull() ? MissingNode.getInstance() : root, "", lines);
  }

  /** The line of every key and item, by JSON pointer. */
  Map<String, Integer> lines() {
    return lineMap();
  }

  /** Parses {@code bytes} (UTF-8) read from the file or resource called {@code name}. */
  public static YamlDoc parse(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw HashvetException.input(name + ":" + badUtf8Line(bytes) + ": not valid UTF-8",
          "save the file as UTF-8");
    }
    JsonParser parser = null;
    try {
      parser = Yaml.MAPPER.createParser(text);
      JsonNode root = Yaml.MAPPER.readTree(parser);
      if (root == null) {
        root = MissingNode.getInstance();
      }
      rejectAliases(name, text);
      return new YamlDoc(name, root, text, null);
    } catch (StreamConstraintsException e) {
      throw HashvetException.input(name + ":" + parser.currentLocation().getLineNr()
          + ": nested deeper than " + MAX_DEPTH + " levels");
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? name : name + ":" + loc.getLineNr();
      throw HashvetException.input(where + ": YAML error: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw HashvetException.input(name + ": cannot read: " + e.getMessage());
    } finally {
      close(parser);
    }
  }

  private static void close(JsonParser parser) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      // reading is done; nothing was written
    }
  }

  /**
   * Fails on the first alias ({@code *name}): Jackson reads an alias as its name, so {@code text:
   * *t} would be vetted as "t". Only called when the text has a '*' and a '&amp;'.
   */
  private static void rejectAliases(String name, String text) throws IOException {
    if (text.indexOf('*') < 0 || text.indexOf('&') < 0) {
      return;
    }
    try (YAMLParser p = (YAMLParser) Yaml.MAPPER.createParser(text)) {
      while (p.nextToken() != null) {
        if (p.isCurrentAlias()) {
          throw HashvetException.input(name + ":" + p.currentTokenLocation().getLineNr()
              + ": YAML aliases (*" + p.getText() + ") are not read; write the value out");
        }
      }
    }
  }

  /** The line (1-based) of the first byte sequence that is not UTF-8. */
  private static int badUtf8Line(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line - 1;
  }

  private static Map<String, Integer> collectLines(String text) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
          String ptr = p.getParsingContext().pathAsPointer().toString();
          if (t == JsonToken.FIELD_NAME) {
            ptr = p.getParsingContext().pathAsPointer().toString();
          } else if (t.isStructStart()) {
            ptr = p.getParsingContext().getParent() == null
                ? ""
                : p.getParsingContext().getParent().pathAsPointer().toString();
          }
          lines.putIfAbsent(ptr, p.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  private Map<String, Integer> lineMap() {
    Map<String, Integer> m = lines;
    if (m == null) {
      if (compiledLines != null) {
        m = Collections.unmodifiableMap(compiledLines.all());
      } else {
        try {
          m = collectLines(text);
        } catch (IOException e) {
          m = Map.of();
        }
      }
      lines = m;
    }
    return m;
  }

  /** The line of a block-style top-level key ("list: legal" at column 0), or 0. */
  private int topLevelKeyLine(String key) {
    int line = 1;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (text.startsWith(key, start) && end > start + key.length()) {
        int i = start + key.length();
        while (i < end && text.charAt(i) == ' ') {
          i++;
        }
        if (i < end && text.charAt(i) == ':') {
          return line;
        }
      }
      line++;
      start = end + 1;
    }
    return 0;
  }

  /** Parses a bundled classpath resource ("/rules/legal.yml"), named "(bundled)/rules/legal.yml". */
  public static YamlDoc resource(String path) {
    YamlDoc compiled = BundledYaml.read("(bundled)" + path, path, () -> bundledBytes(path));
    return compiled != null ? compiled : parse("(bundled)" + path, bundledBytes(path));
  }

  /**
   * The entries of a bundled index file (one relative path a line; blank lines and '#' comments
   * skipped): how the bundled rule packs, term lists and observance files are listed inside the jar.
   */
  public static java.util.List<String> index(String path) {
    return new String(bundledBytes(path), StandardCharsets.UTF_8).lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static byte[] bundledBytes(String path) {
    try (java.io.InputStream in = YamlDoc.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public JsonNode root() {
    return root;
  }

  /**
   * The line of the key or item at {@code pointer} ("/rules/0/id"), or of its nearest parent. The
   * line map needs a second pass over the YAML, so it is made on the first call that needs it; a
   * top-level key is found by a scan of the text.
   */
  public int line(String pointer) {
    if (pointer.isEmpty()) {
      return 1;
    }
    if (pointer.indexOf('/', 1) < 0 && lines == null && compiledLines == null) {
      int top = topLevelKeyLine(pointer.substring(1));
      if (top > 0) {
        return top;
      }
    }
    if (compiledLines != null) {
      JsonPointer p = JsonPointer.compile(pointer);
      while (p != null) {
        int l = compiledLines.line(p.toString());
        if (l > 0) {
          return l;
        }
        p = p.head();
      }
      return 1;
    }
    Map<String, Integer> lines = lineMap();
    JsonPointer p = JsonPointer.compile(pointer);
    while (p != null) {
      Integer l = lines.get(p.toString());
      if (l != null) {
        return l;
      }
      p = p.head();
    }
    return 1;
  }

  /** "file:line" for {@code pointer}. */
  public String where(String pointer) {
    return name + ":" + line(pointer);
  }

  /** An input error located at {@code pointer}. */
  public HashvetException error(String pointer, String message) {
    return HashvetException.input(where(pointer) + ": " + message);
  }

  /** Fails on the first key of the object at {@code pointer} that is not in {@code known}. */
  public void checkKeys(String pointer, Set<String> known) {
    JsonNode node = root.at(pointer);
    if (!node.isObject()) {
      return;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        throw error(
            pointer + "/" + escape(key),
            "unknown key '" + key + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
      }
    }
  }

  /** Escapes a key for use in a JSON pointer. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
