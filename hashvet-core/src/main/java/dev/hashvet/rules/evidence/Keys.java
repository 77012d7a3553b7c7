package dev.hashvet.rules.evidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The keys an object writes, and the first text written under each. */
final class Keys implements Fields {
  private final Set<String> keys = new HashSet<>();
  private final Map<String, String> texts = new HashMap<>();

  static Keys of(Written w) {
    Keys k = new Keys();
    w.write(k);
    return k;
  }

  boolean has(String key) {
    return keys.contains(key);
  }

  Optional<String> text(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  @Override
  public void string(String key, String value) {
    keys.add(key);
    texts.putIfAbsent(key, value);
  }

  @Override
  public void number(String key, long value) {
    keys.add(key);
  }

  @Override
  public void decimal(String key, double value) {
    keys.add(key);
  }

  @Override
  public void flag(String key, boolean value) {
    keys.add(key);
  }

  @Override
  public void strings(String key, List<String> values) {
    keys.add(key);
  }

  @Override
  public void object(String key, Written value) {
    keys.add(key);
  }

  @Override
  public void objects(String key, List<? extends Written> values) {
    keys.add(key);
  }
}
