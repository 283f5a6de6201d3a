package id.terpadu.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {

  @Test
  void theVersionIsReadFromStrongWeakAndBareETags() {
    assertThat(PersonRegistryController.version("\"3\"")).isEqualTo(3L);
    assertThat(PersonRegistryController.version("W/\"12\"")).isEqualTo(12L);
    assertThat(PersonRegistryController.version("7")).isEqualTo(7L);
    assertThat(PersonRegistryController.version("*")).isNull();
    assertThat(PersonRegistryController.version(null)).isNull();
  }
}
