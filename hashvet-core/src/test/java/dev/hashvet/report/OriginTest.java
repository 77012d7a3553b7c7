package dev.hashvet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** From a span of the text to lines and columns of the file, through quotes and line breaks. */
class OriginTest {
  @Test
  void quotedFieldsCountDoubledQuotesAndLineBreaks() {
    Origin o = new Origin(4, 4, 10, true);
    String text = "say \"hi\" now\nsecond line";
    Origin.Region r = o.region(text, text.indexOf("now"), text.indexOf("now") + 3).orElseThrow();
    assertThat(r).isEqualTo(new Origin.Region(4, 10 + 9 + 2, 4, 10 + 12 + 2));
    Origin.Region second = o.region(text, text.indexOf("second"), text.length()).orElseThrow();
    assertThat(second).isEqualTo(new Origin.Region(5, 1, 5, 12));
  }

  @Test
  void unknownPositionsGiveNoRegion() {
    assertThat(Origin.line(3).region("abc", 0, 1)).isEmpty();
    assertThat(new Origin(1, 1, 1, false).region("abc", 2, 9)).isEmpty();
    assertThat(new Origin(1, 1, 1, false).region("abc", 0, 3))
        .contains(new Origin.Region(1, 1, 1, 4));
  }
}
