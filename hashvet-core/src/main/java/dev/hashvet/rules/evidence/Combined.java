package dev.hashvet.rules.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One match of each part of an {@code all}, in the order the parts are written. It writes one
 * object: the parts' keys in order, a key that an earlier part already wrote taking the part's
 * number ({@code span_2} for the second part's span).
 *
 * @param parts the parts' evidence
 */
public record Combined(List<Evidence> parts) implements Evidence {
  public Combined {
    List<Evidence> flat = new ArrayList<>();
    for (Evidence e : parts) {
      flat.addAll(e.parts());
    }
    parts = List.copyOf(flat);
  }

  @Override
  public void write(Fields out) {
    Set<String> written = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      parts.get(i).write(new Numbered(out, written, i + 1));
    }
  }

  /**
   * Whether the {@code i}th part's (from 0) {@code key} is written under its own name: no earlier
   * part wrote it.
   */
  public boolean ownKey(int i, String key) {
    for (Evidence e : parts.subList(0, i)) {
      if (Keys.of(e).has(key)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<Evidence> withRegions(List<String> markets) {
    for (int i = 0; i < parts.size(); i++) {
      Optional<Evidence> changed = parts.get(i).withRegions(markets);
      if (changed.isPresent()) {
        List<Evidence> copy = new ArrayList<>(parts);
        copy.set(i, changed.get());
        return Optional.of(new Combined(copy));
      }
    }
    return Optional.empty();
  }

  /** A part's keys, numbered where an earlier part wrote them. */
  private static final class Numbered implements Fields {
    private final Fields out;
    private final Set<String> written;
    private final int number;

    Numbered(Fields out, Set<String> written, int number) {
      this.out = out;
      this.written = written;
      this.number = number;
    }

    String name(String key) {
      return written.add(key) ? key : key + "_" + number;
    }

    @Override
    public void string(String key, String value) {
      out.string(name(key), value);
    }

    @Override
    public void number(String key, long value) {
      out.number(name(key), value);
    }

    @Override
    public void decimal(String key, double value) {
      out.decimal(name(key), value);
    }

    @Override
    public void flag(String key, boolean value) {
      out.flag(name(key), value);
    }

    @Override
    public void strings(String key, List<String> values) {
      out.strings(name(key), values);
    }

    @Override
    public void object(String key, Written value) {
      out.object(name(key), value);
    }

    @Override
    public void objects(String key, List<? extends Written> values) {
      out.objects(name(key), values);
    }
  }
}
