package dev.hashvet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class VarintsTest {
  @Test
  void numbersReadBackInOrderWithTheirLengths() {
    int[] numbers = {0, 1, 127, 128, 300, 16_383, 16_384, 2_097_151, 2_097_152, Integer.MAX_VALUE};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int n : numbers) {
      Varints.write(out, n);
    }
    byte[] b = out.toByteArray();
    // 1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 4 + 5 bytes
    assertThat(b).hasSize(24);
    int[] pos = {0};
    for (int n : numbers) {
      assertThat(Varints.read(b, pos)).isEqualTo(n);
    }
    assertThat(pos[0]).isEqualTo(b.length);
  }

  @Test
  void aNegativeNumberIsRefused() {
    assertThatThrownBy(() -> Varints.write(new ByteArrayOutputStream(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
