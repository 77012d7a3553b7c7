package dev.hashvet.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.hashvet.text.Sanitizer;

/**
 * Jackson escapes for the JSON and SARIF reports: every character of the control set ({@link
 * Sanitizer#isControl}) is written as a {@code \\uXXXX} escape, so no raw bidi, C1 or separator
 * character reaches the output bytes (Jackson alone escapes only C0).
 */
final class JsonEscapes extends CharacterEscapes {
  private static final JsonEscapes INSTANCE = new JsonEscapes();
  private final int[] ascii;

  private JsonEscapes() {
    ascii = CharacterEscapes.standardAsciiEscapesForJSON();
    ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
  }

  /** {@code factory} set to escape the control set; returned for chaining. */
  static JsonFactory apply(JsonFactory factory) {
    factory.setCharacterEscapes(INSTANCE);
    return factory;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return Sanitizer.isControl(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
  }
}
