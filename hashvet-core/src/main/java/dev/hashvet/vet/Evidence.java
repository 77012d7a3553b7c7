package dev.hashvet.vet;

import dev.hashvet.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Typed reading of a finding's evidence (plain JSON data: strings, numbers, booleans, lists and
 * maps of those). A key that is missing or holds another type reads as empty.
 *
 * @param values the evidence, in the finding's order
 */
public record Evidence(Map<String, Object> values) {
  public static Evidence of(Finding f) {
    return new Evidence(f.evidence());
  }

  public Optional<String> string(String key) {
    return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  public OptionalLong number(String key) {
    Object v = values.get(key);
    return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
        ? OptionalLong.of(((Number) v).longValue()) : OptionalLong.empty();
  }

  public OptionalDouble decimal(String key) {
    return values.get(key) instanceof Number n ? OptionalDouble.of(n.doubleValue())
        : OptionalDouble.empty();
  }

  public Optional<Boolean> flag(String key) {
    return values.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
  }

  /** A list's items as strings (numbers and booleans as written); empty when not a list. */
  public List<String> strings(String key) {
    if (!(values.get(key) instanceof List<?> l)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : l) {
      if (o instanceof String || o instanceof Number || o instanceof Boolean) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  /** A nested object, itself read as evidence. */
  @SuppressWarnings("unchecked")
  public Optional<Evidence> object(String key) {
    return values.get(key) instanceof Map<?, ?> m
        ? Optional.of(new Evidence((Map<String, Object>) m)) : Optional.empty();
  }
}
