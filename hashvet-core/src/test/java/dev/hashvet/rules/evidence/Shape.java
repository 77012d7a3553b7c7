package dev.hashvet.rules.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For tests: the JSON object evidence writes, as plain data (strings, {@code Long}s, {@code
 * Double}s, booleans, lists and maps of those), keys in order.
 */
public final class Shape implements Fields {
  private final Map<String, Object> values = new LinkedHashMap<>();

  private Shape() {}

  public static Map<String, Object> of(Written w) {
    Shape s = new Shape();
    w.write(s);
    return s.values;
  }

  @Override
  public void string(String key, String value) {
    put(key, value);
  }

  @Override
  public void number(String key, long value) {
    put(key, value);
  }

  @Override
  public void decimal(String key, double value) {
    put(key, value);
  }

  @Override
  public void flag(String key, boolean value) {
    put(key, value);
  }

  @Override
  public void strings(String key, List<String> values) {
    put(key, List.copyOf(values));
  }

  @Override
  public void object(String key, Written value) {
    put(key, of(value));
  }

  @Override
  public void objects(String key, List<? extends Written> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    list.forEach(w -> out.add(of(w)));
    put(key, out);
  }

  /** A key written twice is a bug in the writer: the JSON object would have it twice. */
  private void put(String key, Object value) {
    if (values.putIfAbsent(key, value) != null) {
      throw new IllegalStateException("key written twice: " + key);
    }
  }
}
