package dev.hashvet.rules.dates;

/**
 * The days around an observance that count as well: {@code before} 1 is the eve (Yom Kippur begins
 * at sundown the evening before), and a day either side covers Islamic dates that some countries
 * fix a day later or earlier by moon sighting.
 *
 * @param before days before the first day
 * @param after days after the last day
 */
public record Window(int before, int after) {
  public static final Window DAY = new Window(0, 0);

  public Window {
    if (before < 0 || after < 0) {
      throw new IllegalArgumentException("window days cannot be negative");
    }
  }
}
