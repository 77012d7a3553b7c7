package dev.hashvet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A spreadsheet's Market column: country names and everyday short names read as codes. */
class CountriesTest {
  @Test
  void englishNamesAliasesAndAlpha3CodesReadAsCodes() {
    assertThat(Codes.regions(List.of("Australia;UAE;India;United Kingdom;USA"), "regions"))
        .containsExactly("AU", "AE", "IN", "GB", "US");
    assertThat(Codes.regions(List.of(" the Netherlands , côte d'ivoire,IND,Myanmar"), "regions"))
        .containsExactly("NL", "CI", "IN", "MM");
    assertThat(Codes.regions(List.of("us;in;global"), "regions")).containsExactly("US", "IN");
  }

  @Test
  void anUnknownNameSuggestsTheNearestCountry() {
    assertThatThrownBy(() -> Codes.regions(List.of("Austrlia"), "regions"))
        .hasMessageStartingWith("regions: unknown region 'Austrlia'; did you mean ")
        .hasMessageContaining("Australia (AU)");
    assertThatThrownBy(() -> Codes.regions(List.of("Indai"), "regions"))
        .hasMessageStartingWith("regions: unknown region 'Indai'; did you mean India (IN)");
    assertThatThrownBy(() -> Codes.regions(List.of("Atlantis"), "regions"))
        .hasMessageStartingWith("regions: unknown region 'Atlantis'");
    assertThatThrownBy(() -> Codes.regions(List.of("XX"), "regions"))
        .hasMessage("regions: unknown region code 'XX'");
  }
}
