package se.samverkan.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaDirectoryTest {

  @TempDir Path dir;

  @Test
  void readsHallandWithItsRegionSixMunicipalitiesAndTwelveGroups() {
    List<AreaDefinition> areas = AreaDirectory.read(Path.of("halland.json").toAbsolutePath().getParent());

    assertThat(areas).singleElement().satisfies(area -> {
      assertThat(area.id()).isEqualTo("halland");
      assertThat(area.region().id()).isEqualTo("region-halland");
      assertThat(area.tenants()).extracting(TenantDefinition::id)
          .containsExactly("region-halland", "kungsbacka", "varberg", "falkenberg", "halmstad",
              "laholm", "hylte");
      assertThat(area.tenants().stream().filter(t -> t.kind() == TenantKind.MUNICIPALITY))
          .allSatisfy(t -> assertThat(t.groups()).extracting(GroupDefinition::kind)
              .containsExactly("SSGB", "SSGV"));
      assertThat(area.userOrganisations()).extracting(UserOrganisationDefinition::id)
          .contains("nsph-halland", "brukarradet-halland");
    });
  }

  @Test
  void namesTheFileAndPathOfAMissingField() throws IOException {
    write("broken.json", """
        {"area": {"id": "test", "name": "Test"},
         "tenants": [{"id": "region-test", "name": "Region Test", "kind": "REGION"},
                     {"id": "town", "kind": "MUNICIPALITY"}]}
        """);

    assertThatThrownBy(() -> AreaDirectory.read(dir))
        .isInstanceOf(InvalidAreaFileException.class)
        .hasMessageContaining("broken.json")
        .hasMessageContaining("tenants[1].name");
  }

  @Test
  void refusesIdsThatAreNotSlugs() throws IOException {
    write("a.json", """
        {"area": {"id": "test", "name": "Test"},
         "tenants": [{"id": "Region Test", "name": "Region Test", "kind": "REGION"}]}
        """);

    assertThatThrownBy(() -> AreaDirectory.read(dir)).hasMessageContaining("tenants[0].id");
  }

  @Test
  void refusesAnAreaWithoutARegion() throws IOException {
    write("a.json", """
        {"area": {"id": "test", "name": "Test"},
         "tenants": [{"id": "town", "name": "Town", "kind": "MUNICIPALITY"}]}
        """);

    assertThatThrownBy(() -> AreaDirectory.read(dir)).hasMessageContaining("exactly one region");
  }

  @Test
  void refusesTheSameTenantInTwoAreas() throws IOException {
    write("a.json", """
        {"area": {"id": "one", "name": "One"},
         "tenants": [{"id": "region-one", "name": "R", "kind": "REGION"}]}
        """);
    write("b.json", """
        {"area": {"id": "two", "name": "Two"},
         "tenants": [{"id": "region-one", "name": "R", "kind": "REGION"}]}
        """);

    assertThatThrownBy(() -> AreaDirectory.read(dir)).hasMessageContaining("used twice: region-one");
  }

  @Test
  void refusesMembersFromUnknownOrganisationsAndRealAddresses() throws IOException {
    write("a.json", """
        {"area": {"id": "one", "name": "One"},
         "tenants": [{"id": "region-one", "name": "R", "kind": "REGION", "groups": [
           {"key": "ssgb", "kind": "SSGB", "name": "G", "members": [
             {"name": "A B", "email": "a@example.org", "organisation": "nowhere",
              "unit": "U", "mandate": "M", "role": "MEMBER"}]}]}]}
        """);
    assertThatThrownBy(() -> AreaDirectory.read(dir)).hasMessageContaining("unknown organisation 'nowhere'");

    write("a.json", """
        {"area": {"id": "one", "name": "One"},
         "tenants": [{"id": "region-one", "name": "R", "kind": "REGION", "groups": [
           {"key": "ssgb", "kind": "SSGB", "name": "G", "members": [
             {"name": "A B", "email": "a@region.se", "organisation": "region-one",
              "unit": "U", "mandate": "M", "role": "MEMBER"}]}]}]}
        """);
    assertThatThrownBy(() -> AreaDirectory.read(dir)).hasMessageContaining("example.org");
  }

  private void write(String name, String json) throws IOException {
    Files.writeString(dir.resolve(name), json);
  }
}
