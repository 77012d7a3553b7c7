package dev.hashvet.rules.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Evidence as lines of key and value, for the reports in words: each value as one string, lists
 * and nested objects written out in one of two {@link Form}s.
 */
public final class FieldText implements Fields {
  /** How lists and nested objects read. */
  public enum Form {
    /** As Java prints collections: {@code [a, b]}, {@code {key=value}} (CI logs, test output). */
    JAVA,
    /** In words: {@code a, b}, {@code key value} (the text report). */
    WORDS
  }

  /**
   * One key and its value as text.
   *
   * @param key the key as written
   * @param value the value in the chosen form
   */
  public record Field(String key, String value) {}

  private final Form form;
  private final List<Field> fields = new ArrayList<>();

  private FieldText(Form form) {
    this.form = form;
  }

  /** The fields {@code w} writes, in order. */
  public static List<Field> of(Written w, Form form) {
    FieldText t = new FieldText(form);
    w.write(t);
    return t.fields;
  }

  /** {@code w} as Java prints a map: {@code {key=value, ...}}. */
  public static String javaMap(Written w) {
    return object(of(w, Form.JAVA), Form.JAVA);
  }

  private static String object(List<Field> inner, Form form) {
    List<String> parts = new ArrayList<>();
    for (Field f : inner) {
      parts.add(f.key() + (form == Form.JAVA ? "=" : " ") + f.value());
    }
    return list(parts, form == Form.JAVA ? "{" : "", form == Form.JAVA ? "}" : "");
  }

  private static String list(List<String> items, String open, String close) {
    return open + String.join(", ", items) + close;
  }

  private void add(String key, String value) {
    fields.add(new Field(key, value));
  }

  @Override
  public void string(String key, String value) {
    add(key, value);
  }

  @Override
  public void number(String key, long value) {
    add(key, Long.toString(value));
  }

  @Override
  public void decimal(String key, double value) {
    add(key, Double.toString(value));
  }

  @Override
  public void flag(String key, boolean value) {
    add(key, Boolean.toString(value));
  }

  @Override
  public void strings(String key, List<String> values) {
    add(key, form == Form.JAVA ? list(values, "[", "]") : list(values, "", ""));
  }

  @Override
  public void object(String key, Written value) {
    add(key, object(of(value, form), form));
  }

  @Override
  public void objects(String key, List<? extends Written> values) {
    List<String> items = new ArrayList<>();
    for (Written w : values) {
      items.add(object(of(w, form), form));
    }
    add(key, form == Form.JAVA ? list(items, "[", "]") : list(items, "", ""));
  }
}
