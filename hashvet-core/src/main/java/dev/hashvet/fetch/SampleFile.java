package dev.hashvet.fetch;

import dev.hashvet.context.SourceStatus;

import dev.hashvet.context.SourceReport;

import dev.hashvet.context.Post;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hashvet.HashvetException;
import dev.hashvet.InputFiles;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Reads and writes the sample file: JSON Lines, UTF-8, header lines {@code {"hashvet_sample": 1,
 * "query": "#tag", ...}} each starting the posts of its query, and one post a line. Posts before
 * any header are the file's one sample, for whatever tag is checked. Only {@code text} is required;
 * unknown fields are ignored; a bad line is reported with its number and skipped.
 */
public final class SampleFile {
  /** Files larger than this are refused rather than read into memory. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** Posts past this many are not read (a sample never needs more). */
  public static final int MAX_POSTS = 20_000;

  /** Counts over this (ten times the world's population) are read as this. */
  public static final long MAX_COUNT = 100_000_000_000L;

  /** A post's text is cut at this many chars. */
  public static final int MAX_TEXT = 5_000;

  private final ObjectMapper json = new ObjectMapper();

  /** Reads {@code file}; an empty, missing or unreadable file is bad input (exit 2). */
  public SampleSet read(Path file) {
    String name = file.toString();
    try (InputStream in =
        new BufferedInputStream(InputFiles.open(file, name, MAX_BYTES), 64 * 1024)) {
      return read(name, in);
    } catch (IOException e) {
      throw HashvetException.input(name + ": cannot read the sample file: " + e.getMessage());
    }
  }

  /**
   * Reads a sample held in memory (a message, a request body); {@code name} labels the warnings
   * and errors as a file name would. Too large, empty or post-less content is bad input (exit 2).
   */
  public SampleSet read(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) {
      throw HashvetException.input(name + ": sample is over the 64 MB limit");
    }
    try {
      return read(name, new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw HashvetException.input(name + ": cannot read the sample: " + e.getMessage());
    }
  }

  private SampleSet read(String name, InputStream in) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<String> warnings = new ArrayList<>();
    Parts parts = new Parts();
    int postCount = 0;
    int lineNo = 0;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      while (nextLine(in, bytes)) {
        lineNo++;
        // Each line is decoded on its own, so a bad byte is reported on its own line.
        String line = decoder.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (JsonProcessingException e) {
          warnings.add(name + ":" + lineNo + ": not a JSON object, line skipped");
          continue;
        }
        if (node == null || !node.isObject()) {
          warnings.add(name + ":" + lineNo + ": not a JSON object, line skipped");
          continue;
        }
        if (node.has("hashvet_sample")) {
          String query = node.path("query").asText("").strip();
          if (query.chars().filter(c -> c == '#').count() > 1) {
            warnings.add(name + ":" + lineNo + ": the header's query \"" + abbreviate(query)
                + "\" names several tags; its posts are the context of that exact query only"
                + " (record again to get one header per tag)");
          }
          parts.header(query, node.path("fetched_at").asText(""),
              readSources(node.path("sources")));
          continue;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
          warnings.add(name + ":" + lineNo + ": no \"text\" field, line skipped");
          continue;
        }
        if (postCount >= MAX_POSTS) {
          warnings.add(name + ":" + lineNo + ": more than " + MAX_POSTS + " posts, the rest skipped");
          break;
        }
        postCount++;
        parts.post(toPost(node, name + ":" + lineNo, warnings));
      }
    } catch (CharacterCodingException e) {
      throw HashvetException.input(name + ":" + lineNo + ": not valid UTF-8",
          "save the file as UTF-8");
    }
    if (postCount == 0) {
      String why = lineNo == 0 ? "the file is empty" : "no line holds a post with \"text\"";
      throw HashvetException.input(name + ": no posts in the sample file (" + why + ")");
    }
    return new SampleSet(parts.samples(warnings), warnings);
  }

  /**
   * The samples of a file as it is read: posts before any header go to the headerless sample;
   * each header starts the posts of its query (a second header for the same query adds to it).
   */
  private static final class Parts {
    private final Map<String, Part> byKey = new LinkedHashMap<>();
    private Part current;

    void header(String query, String fetchedAt, List<SourceReport> sources) {
      current = byKey.computeIfAbsent(SampleSet.key(query), k -> new Part(query, fetchedAt));
      current.sources.addAll(sources);
    }

    void post(Post p) {
      if (current == null) {
        current = byKey.computeIfAbsent("", k -> new Part("", ""));
      }
      current.posts.add(p);
    }

    List<Sample> samples(List<String> warnings) {
      List<Sample> out = new ArrayList<>();
      for (Part p : byKey.values()) {
        out.add(new Sample(p.query, p.fetchedAt, p.sources, p.posts, warnings));
      }
      return out;
    }
  }

  private static final class Part {
    final String query;
    final String fetchedAt;
    final List<SourceReport> sources = new ArrayList<>();
    final List<Post> posts = new ArrayList<>();

    Part(String query, String fetchedAt) {
      this.query = query;
      this.fetchedAt = fetchedAt;
    }
  }

  private static List<SourceReport> readSources(JsonNode node) {
    List<SourceReport> out = new ArrayList<>();
    if (!node.isObject()) {
      return out;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              String status = v.isTextual() ? v.asText() : v.path("status").asText("ok");
              out.add(
                  new SourceReport(
                      e.getKey(),
                      parseStatus(status),
                      v.path("posts").asInt(0),
                      v.path("detail").asText("")));
            });
    return out;
  }

  private static SourceStatus parseStatus(String s) {
    String id = s.toLowerCase(Locale.ROOT).trim();
    for (SourceStatus st : SourceStatus.values()) {
      if (st.id().equals(id)) {
        return st;
      }
    }
    return SourceStatus.OK;
  }

  /** Reads the next line's bytes (without its LF) into {@code line}; false at the end. */
  private static boolean nextLine(InputStream in, ByteArrayOutputStream line) throws IOException {
    line.reset();
    int b = in.read();
    if (b < 0) {
      return false;
    }
    while (b >= 0 && b != '\n') {
      line.write(b);
      b = in.read();
    }
    return true;
  }

  /**
   * A count (followers, likes, reposts, replies): a whole number from 0 up; over {@link
   * #MAX_COUNT} is read as that. Anything else (negative, a fraction, text, NaN) is read as
   * unknown (-1) with a warning naming the line.
   */
  private static long count(JsonNode n, String key, String where, List<String> warnings) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return -1;
    }
    if (v.isNumber()) {
      double d = v.asDouble();
      if (v.isIntegralNumber() || (Double.isFinite(d) && d == Math.rint(d))) {
        if (d >= 0) {
          if (d > MAX_COUNT) {
            warnings.add(where + ": \"" + key + "\" is over " + MAX_COUNT + ", read as "
                + MAX_COUNT);
            return MAX_COUNT;
          }
          return v.isIntegralNumber() ? v.asLong() : (long) d;
        }
      }
    }
    warnings.add(where + ": \"" + key + "\" is not a whole number from 0 up ("
        + abbreviate(v.toString()) + "), read as unknown");
    return -1;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static Post toPost(JsonNode n, String where, List<String> warnings) {
    List<String> tags = new ArrayList<>();
    if (n.path("tags").isArray()) {
      n.path("tags").forEach(t -> tags.add(t.asText()));
    }
    String text = n.get("text").asText();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    return Post.builder(n.path("source").asText("sample"), n.path("id").asText(""))
        .url(n.path("url").asText(""))
        .createdAt(n.path("created_at").asText(""))
        .lang(n.path("lang").asText(""))
        .author(n.path("author").asText(""))
        .followers(count(n, "followers", where, warnings))
        .likes(count(n, "likes", where, warnings))
        .reposts(count(n, "reposts", where, warnings))
        .replies(count(n, "replies", where, warnings))
        .text(text)
        .tags(tags)
        .build();
  }

  /** Writes {@code samples} as the contract's JSON Lines: each sample's header, then its posts. */
  public void write(SampleSet samples, Writer out) throws IOException {
    for (Sample s : samples.samples()) {
      write(s, out);
    }
  }

  /** Writes {@code sample} as the contract's JSON Lines: a header, then one post a line. */
  public void write(Sample sample, Writer out) throws IOException {
    ObjectNode header = json.createObjectNode();
    header.put("hashvet_sample", 1);
    header.put("query", sample.query());
    header.put("fetched_at", sample.fetchedAt());
    ObjectNode sources = header.putObject("sources");
    for (SourceReport r : sample.sources()) {
      ObjectNode s = sources.putObject(r.id());
      s.put("status", r.status().id());
      s.put("posts", r.posts());
      s.put("detail", r.detail());
    }
    out.write(json.writeValueAsString(header));
    out.write('\n');
    for (Post p : sample.posts()) {
      ObjectNode o = json.createObjectNode();
      o.put("source", p.source());
      putIfSet(o, "id", p.id());
      putIfSet(o, "url", p.url());
      putIfSet(o, "created_at", p.createdAt());
      putIfSet(o, "lang", p.lang());
      putIfSet(o, "author", p.author());
      putIfKnown(o, "followers", p.followers());
      putIfKnown(o, "likes", p.likes());
      putIfKnown(o, "reposts", p.reposts());
      putIfKnown(o, "replies", p.replies());
      o.put("text", p.text());
      ArrayNode tags = o.putArray("tags");
      p.tags().forEach(tags::add);
      out.write(json.writeValueAsString(o));
      out.write('\n');
    }
  }

  private static void putIfSet(ObjectNode o, String key, String value) {
    if (!value.isEmpty()) {
      o.put(key, value);
    }
  }

  private static void putIfKnown(ObjectNode o, String key, long value) {
    if (value >= 0) {
      o.put(key, value);
    }
  }
}
