package dev.hashvet.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The term indexes compiled at build time (see pom.xml) are the indexes the bundled lists build
 * from their terms, and an image is used only for the list it was made from.
 */
class IndexImageTest {
  @Test
  void everyBundledListHasTheIndexItBuildsInTheImage() {
    int lists = 0;
    for (Map.Entry<String, List<TermList>> lang : IndexImage.bundledLists().entrySet()) {
      Map<TermList, TermIndex> images = IndexImage.read(lang.getKey(), lang.getValue());
      for (TermList list : lang.getValue()) {
        assertThat(images).as("%s (run mvn process-classes)", list).containsKey(list);
        assertSameIndex(images.get(list), list.buildIndex());
        lists++;
      }
    }
    assertThat(lists).isGreaterThan(100);
  }

  @Test
  void anImageReadsBackAsWritten() {
    TermList list = list("legal", TermList.term("not guilty", "en", true, List.of()),
        TermList.term("<n> years", "en", true, List.of()),
        TermList.term("verdict", "en", true, List.of("verdicts")),
        TermList.term("café", "fr", false, List.of()));
    Map<TermList, TermIndex> read = IndexImage.read(IndexImage.write(List.of(list)),
        Map.of("legal", list));
    assertSameIndex(read.get(list), list.buildIndex());
    assertThat(read.get(list).entries("notguilty")).extracting(TermList.Entry::form)
        .containsExactly(List.of("notguilty"));
  }

  @Test
  void aListOtherThanTheOneImagedIsNotGivenTheImage() {
    TermList imaged = list("legal", TermList.term("verdict", "en", true, List.of()));
    TermList other = list("legal", TermList.term("jury", "en", true, List.of()));
    assertThat(IndexImage.read(IndexImage.write(List.of(imaged)), Map.of("legal", other)))
        .isEmpty();
    assertThat(IndexImage.read("en", List.of(other))).isEmpty();
  }

  private static TermList list(String name, TermList.Term... terms) {
    return new TermList(name, "en", "test", List.of(terms), TermList.Examples.NONE, "t.yml:1");
  }

  private static void assertSameIndex(TermIndex image, Map<String, List<TermList.Entry>> built) {
    assertThat(image.size()).isEqualTo(built.size());
    Set<Integer> hashes = new HashSet<>();
    image.forEachHash(hashes::add);
    List<Integer> expected = new ArrayList<>();
    built.keySet().forEach(k -> expected.add(k.hashCode()));
    assertThat(hashes).containsExactlyInAnyOrderElementsOf(new HashSet<>(expected));
    built.forEach((word, entries) -> assertThat(image.entries(word)).as(word)
        .containsExactlyElementsOf(entries));
    assertThat(image.entries("zzqx-not-a-word")).isNull();
  }
}
