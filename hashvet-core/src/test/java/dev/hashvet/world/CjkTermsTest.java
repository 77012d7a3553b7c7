package dev.hashvet.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hashvet.TestBooks;
import dev.hashvet.rules.TermList;
import dev.hashvet.rules.TermSet;
import dev.hashvet.vet.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Japanese, Chinese and Thai are split into words by ICU's dictionary, whose cut can depend on the
 * neighbouring characters. Every term of the ja and zh lists must be found when it is written
 * inside ordinary sentences (with particles and punctuation around it), so a term never depends on
 * a cut that only happens when it stands alone. A term that fails here is rewritten as the units
 * ICU produces in running text.
 */
class CjkTermsTest {
  private static final Pipeline PIPELINE = TestBooks.pipeline(List.of());

  private static final Map<String, List<String>> CARRIERS =
      Map.of(
          "ja", List.of("昨日、%sのニュースを見た。", "%sについて話しました", "「%s」という言葉"),
          "zh", List.of("我们听说了%s的消息。", "%s，大家都很关心。", "关于%s："),
          "ko", List.of("어제 %s 소식을 들었다", "%s 관련 뉴스"),
          "th", List.of("เมื่อวานได้ยินข่าว%sแล้ว", "เรื่อง%sทุกคนเป็นห่วง", "ข่าว%s"));

  @Test
  void everyTermIsFoundInsideSentences() {
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (TermList list : PIPELINE.book().terms().all()) {
      List<String> carriers = CARRIERS.get(list.lang());
      if (carriers == null) {
        continue;
      }
      TermSet set = new TermSet(List.of(list));
      for (TermList.Term term : list.terms()) {
        if (term.text().contains(TermList.NUMBER) || isAscii(term.text())) {
          continue; // a Latin word run into Thai letters is one ICU word: "ข่าวmetoo"
        }
        for (String carrier : carriers) {
          String text = String.format(carrier, term.text());
          checked++;
          // Found in any sense: an ambiguous term in a neutral sentence is found, unclear.
          if (set.find(PIPELINE.text().words(text, List.of()), Set.of()).isEmpty()) {
            misses.add(list.lang() + "/" + list.name() + " '" + term.text() + "' in: " + text);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(misses).isEmpty();
  }

  @Test
  void noTermIsASubstringMatch() {
    // パチンコ holds チンコ, 操作 holds 操, 시발점 holds 시발, ควาย holds ค-ว-ย: whole words only.
    TermSet ja = new TermSet(PIPELINE.book().terms().named("profanity"));
    assertThat(ja.any(PIPELINE.text().words("パチンコに行った", List.of()), Set.of("ja"))).isFalse();
    assertThat(ja.any(PIPELINE.text().words("这个操作很简单", List.of()), Set.of("zh"))).isFalse();
    assertThat(ja.any(PIPELINE.text().words("여기가 시발점이다", List.of()), Set.of("ko"))).isFalse();
    assertThat(ja.any(PIPELINE.text().words("クソみたいな一日", List.of()), Set.of("ja"))).isTrue();
    assertThat(ja.any(PIPELINE.text().words("ควายเดินในทุ่งนา", List.of()), Set.of("th"))).isFalse();
    assertThat(ja.any(PIPELINE.text().words("ห่อของขวัญใส่หีบ", List.of()), Set.of("th"))).isFalse();
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }
}
