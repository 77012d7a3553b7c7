package dev.hashvet.rules.evidence;

import java.util.List;

/**
 * Where evidence writes itself: one call per key, in the order the keys appear in the JSON
 * object. The JSON and SARIF reporters write the calls to their generator, the text and JUnit
 * reporters turn them into lines.
 */
public interface Fields {
  void string(String key, String value);

  void number(String key, long value);

  void decimal(String key, double value);

  void flag(String key, boolean value);

  void strings(String key, List<String> values);

  /** A nested object, which writes its own keys. */
  void object(String key, Written value);

  /** A list of nested objects. */
  void objects(String key, List<? extends Written> values);

  /** Something that writes itself as the keys of one JSON object. */
  @FunctionalInterface
  interface Written {
    void write(Fields out);
  }
}
