package dev.hashvet.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hashvet.rules.evidence.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Evidence written to a JSON generator, inside the object the caller opened. */
final class JsonFields implements Fields {
  private final JsonGenerator g;

  JsonFields(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void string(String key, String value) {
    write(() -> g.writeStringField(key, value));
  }

  @Override
  public void number(String key, long value) {
    write(() -> g.writeNumberField(key, value));
  }

  @Override
  public void decimal(String key, double value) {
    write(() -> g.writeNumberField(key, value));
  }

  @Override
  public void flag(String key, boolean value) {
    write(() -> g.writeBooleanField(key, value));
  }

  @Override
  public void strings(String key, List<String> values) {
    write(() -> {
      g.writeArrayFieldStart(key);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    });
  }

  @Override
  public void object(String key, Written value) {
    write(() -> {
      g.writeObjectFieldStart(key);
      value.write(this);
      g.writeEndObject();
    });
  }

  @Override
  public void objects(String key, List<? extends Written> values) {
    write(() -> {
      g.writeArrayFieldStart(key);
      for (Written w : values) {
        g.writeStartObject();
        w.write(this);
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void write(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
