package dev.hashvet.calendar;

import dev.hashvet.report.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CSV calendar: a header row, then one row per post (RFC 4180; comma, or semicolon or tab when
 * the header has no comma). Lines are physical lines, where each row starts. A row with more
 * fields than the header (an unquoted comma, most likely) or bytes that are not UTF-8 is a bad
 * row; a row with fewer fields reads the missing ones as empty; rows with every field empty are
 * skipped like blank lines.
 */
final class CsvCalendarReader implements CalendarReader {
  /** A publish_at cell as a row starts it: what a line swallowed by an open quote shows. */
  private static final Pattern DATE = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}([T ].*)?");

  private final String file;
  private final Columns mapping;
  private final List<String> unused = new ArrayList<>();
  private final CountingInputStream bytes;
  private final CsvParser parser;
  private List<String> names;
  private List<Optional<String>> keys;
  private BadRow fatal;
  private boolean done;

  CsvCalendarReader(String file, InputStream in, Columns mapping) throws IOException {
    this.file = file;
    this.mapping = mapping;
    this.bytes = new CountingInputStream(in);
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    this.parser = new CsvParser(new InputStreamReader(bytes, decoder));
    parser.sniffDelimiter();
    readHeader();
  }

  private void readHeader() throws IOException {
    CsvParser.Result r = parser.next();
    while (r instanceof CsvParser.Record rec && blank(rec)) {
      r = parser.next();
    }
    if (r == null) {
      done = true;
      return;
    }
    if (r instanceof CsvParser.Bad bad) {
      fatal = new BadRow(file, bad.line(), "the header row: " + bad.message());
      return;
    }
    CsvParser.Record header = (CsvParser.Record) r;
    names = new ArrayList<>();
    keys = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (CsvParser.Field f : header.fields()) {
      String name = f.value().strip();
      if (name.isEmpty()) {
        name = "column " + (names.size() + 1);
      }
      Optional<String> key = mapping.key(name);
      String id = key.orElse(name);
      String before = seen.putIfAbsent(id, name);
      if (before != null) {
        fatal = new BadRow(file, header.line(), "the header names column '" + id + "' twice ('"
            + before + "' and '" + name + "')");
        return;
      }
      names.add(name);
      keys.add(key);
      if (key.isEmpty()) {
        unused.add(name);
      }
    }
    for (String required : List.of(Keys.TEXT, Keys.PUBLISH_AT)) {
      if (!seen.containsKey(required)) {
        fatal = new BadRow(file, header.line(), "the header has no '" + required
            + "' column (columns: " + String.join(", ", names) + ")");
        return;
      }
    }
    int at = keys.indexOf(Optional.of(Keys.PUBLISH_AT));
    int columns = names.size();
    String delimiter = Pattern.quote(String.valueOf(parser.delimiter()));
    parser.rowShape(line -> {
      String[] cells = line.split(delimiter, -1);
      return cells.length == columns && DATE.matcher(cells[at]).matches();
    });
  }

  @Override
  public Entry next() throws IOException {
    if (fatal != null) {
      BadRow b = fatal;
      fatal = null;
      done = true;
      return b;
    }
    while (!done) {
      CsvParser.Result r = parser.next();
      if (r == null) {
        done = true;
        return null;
      }
      if (r instanceof CsvParser.Bad bad) {
        return new BadRow(file, bad.line(), bad.message());
      }
      CsvParser.Record rec = (CsvParser.Record) r;
      if (blank(rec)) {
        continue;
      }
      return row(rec);
    }
    return null;
  }

  private static boolean blank(CsvParser.Record rec) {
    for (CsvParser.Field f : rec.fields()) {
      if (f.quoted() || !f.value().isBlank()) {
        return false;
      }
    }
    return true;
  }

  private Entry row(CsvParser.Record rec) {
    List<CsvParser.Field> fields = rec.fields();
    if (fields.size() > names.size()) {
      return new BadRow(file, rec.line(), fields.size() + " fields but the header has "
          + names.size() + "; a field with a comma must be in double quotes");
    }
    Map<String, String> values = new HashMap<>();
    Map<String, String> columns = new LinkedHashMap<>();
    Origin origin = Origin.line(rec.line());
    for (int i = 0; i < names.size(); i++) {
      CsvParser.Field f = i < fields.size() ? fields.get(i) : null;
      String v = f == null ? "" : f.value();
      if (v.indexOf('\uFFFD') >= 0) {
        return new BadRow(file, rec.line(), "column '" + names.get(i)
            + "' is not valid UTF-8; save the file as UTF-8");
      }
      if (keys.get(i).equals(Optional.of(Keys.CHANNEL))) {
        columns.put(Keys.CHANNEL, v);
      } else if (keys.get(i).isPresent()) {
        values.put(keys.get(i).get(), v);
        if (keys.get(i).get().equals(Keys.TEXT) && f != null) {
          origin = new Origin(rec.line(), f.line(), f.column(), f.quoted());
        }
      } else {
        columns.put(names.get(i), v);
      }
    }
    return new RawRow(file, rec.line(), values, columns, origin);
  }

  @Override
  public List<String> unused() {
    return List.copyOf(unused);
  }

  @Override
  public long bytesRead() {
    return bytes.count();
  }

  @Override
  public void close() throws IOException {
    bytes.close();
  }
}
