package dev.hashvet.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.hashvet.YamlDoc;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hashvet.report.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON or YAML calendar: a list of objects with the calendar keys, read item by item with
 * Jackson's streaming parser so a long calendar is never held whole. A JSON row's line is its item
 * number (1-based); a YAML row's line is the line where its item starts. List values
 * ({@code regions: [US, IN]}) read as {@code US;IN}; other nested values of unknown columns are
 * carried through as compact JSON. Scalars are taken as written, so {@code id: 007} stays "007".
 * A syntax error ends the file with a bad row at its line.
 */
final class TreeCalendarReader implements CalendarReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Unused column names remembered for the warning; a calendar has a handful. */
  private static final int UNUSED_LIMIT = 50;

  private final String file;
  private final Columns mapping;
  private final Set<String> unused = new LinkedHashSet<>();
  private final boolean yaml;
  private final CountingInputStream bytes;
  private final JsonParser parser;
  private int item;
  private boolean inRow;
  private boolean started;
  private boolean done;

  TreeCalendarReader(String file, InputStream in, JsonFactory factory, boolean yaml,
      Columns mapping) throws IOException {
    this.file = file;
    this.mapping = mapping;
    this.yaml = yaml;
    this.bytes = new CountingInputStream(in);
    this.parser = YamlDoc.limited(factory).createParser(bytes);
  }

  @Override
  public Entry next() throws IOException {
    if (done) {
      return null;
    }
    try {
      if (!started) {
        started = true;
        JsonToken t = parser.nextToken();
        if (t == null) {
          done = true;
          return null;
        }
        if (t != JsonToken.START_ARRAY) {
          done = true;
          return new BadRow(file, parser.currentTokenLocation().getLineNr(),
              "a calendar must be a list of rows (objects with text and publish_at), not "
                  + describe(t));
        }
      }
      JsonToken t = parser.nextToken();
      if (t == null || t == JsonToken.END_ARRAY) {
        done = true;
        return null;
      }
      item++;
      int physical = parser.currentTokenLocation().getLineNr();
      int line = yaml ? physical : item;
      if (t != JsonToken.START_OBJECT) {
        if (alias()) {
          return new BadRow(file, line, "a YAML alias (*" + parser.getText() + ") as a row is not"
              + " read; write the row out");
        }
        parser.skipChildren();
        return new BadRow(file, line, (yaml ? "" : "item " + item + ": ")
            + "a row must be an object with text and publish_at, not " + describe(t));
      }
      inRow = true;
      Entry e = row(line, physical);
      inRow = false;
      return e;
    } catch (StreamConstraintsException e) {
      done = true;
      int l = parser.currentLocation().getLineNr();
      int at = yaml || item == 0 ? l : inRow ? item : item + 1;
      return new BadRow(file, at, "the " + (yaml ? "YAML" : "JSON") + " nests deeper than "
          + YamlDoc.MAX_DEPTH + " levels" + (yaml ? "" : " at line " + l)
          + "; the rest of the file is not read");
    } catch (JsonProcessingException e) {
      done = true;
      int l = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int at = yaml || item == 0 ? l : inRow ? item : item + 1;
      return new BadRow(file, at, (yaml ? "YAML" : "JSON")
          + " syntax error" + (yaml ? "" : " at line " + l) + ": " + e.getOriginalMessage()
          + "; the rest of the file is not read");
    }
  }

  private Entry row(int line, int physical) throws IOException {
    Map<String, String> values = new HashMap<>();
    Map<String, String> columns = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int textLine = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      Optional<String> key = mapping.key(name);
      if (key.isEmpty() && unused.size() < UNUSED_LIMIT) {
        unused.add(name);
      }
      if (alias()) {
        problems.add(name + ": YAML aliases (*" + parser.getText() + ") are not read; write the"
            + " value out");
      }
      if (key.isPresent() && key.get().equals(Keys.TEXT)) {
        textLine = parser.currentTokenLocation().getLineNr();
      }
      String value;
      if (v == JsonToken.START_ARRAY) {
        value = list(name, problems);
      } else if (v == JsonToken.START_OBJECT) {
        String json = MAPPER.readTree(parser).toString();
        if (key.isPresent()) {
          problems.add(key.get() + ": expected a value, not an object");
        }
        value = json;
      } else if (v == JsonToken.VALUE_NULL) {
        value = "";
      } else {
        value = parser.getText();
      }
      if (key.equals(Optional.of(Keys.CHANNEL))) {
        columns.put(Keys.CHANNEL, value);
      } else if (key.isPresent()) {
        if (values.containsKey(key.get())) {
          problems.add("'" + key.get() + "' is given twice");
        }
        values.put(key.get(), value);
      } else {
        columns.put(name, value);
      }
    }
    if (!problems.isEmpty()) {
      return new BadRow(file, line, String.join("; ", problems));
    }
    return new RawRow(file, line, values, columns, new Origin(physical, textLine, 0, false));
  }

  /** A list value: scalars joined with ';' (as in CSV), or compact JSON when it nests. */
  private String list(String name, List<String> problems) throws IOException {
    List<String> items = new ArrayList<>();
    boolean nested = false;
    StringBuilder json = new StringBuilder("[");
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
        nested = true;
        json.append(json.length() > 1 ? "," : "").append(MAPPER.readTree(parser).toString());
      } else {
        if (alias()) {
          problems.add(name + ": YAML aliases (*" + parser.getText() + ") are not read; write the"
              + " value out");
        }
        String s = t == JsonToken.VALUE_NULL ? "" : parser.getText();
        items.add(s);
        json.append(json.length() > 1 ? "," : "").append(switch (t) {
          case VALUE_STRING -> MAPPER.writeValueAsString(s);
          case VALUE_NULL -> "null";
          default -> MAPPER.readTree(parser).toString();
        });
      }
    }
    if (nested) {
      if (mapping.key(name).isPresent()) {
        problems.add(mapping.key(name).get() + ": expected a list of codes");
      }
      return json.append(']').toString();
    }
    return String.join(";", items);
  }

  /** True when the current token is a YAML alias ({@code *name}), which Jackson reads as its name. */
  private boolean alias() {
    return parser instanceof YAMLParser y && y.isCurrentAlias();
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
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
    parser.close();
    bytes.close();
  }
}
