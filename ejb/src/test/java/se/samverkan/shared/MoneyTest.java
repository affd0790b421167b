package se.samverkan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final String NBSP = "\u00a0";

  @Test
  void showsWholeKronorWithoutDecimalsAndOreWithTwo() {
    assertThat(Money.ofKronor(1_500_000).format()).isEqualTo("1" + NBSP + "500" + NBSP + "000" + NBSP + "kr");
    assertThat(Money.ofOre(1_234_550).format()).isEqualTo("12" + NBSP + "345,50" + NBSP + "kr");
    assertThat(Money.ofOre(5).format()).isEqualTo("0,05" + NBSP + "kr");
    assertThat(Money.ZERO.format()).isEqualTo("0" + NBSP + "kr");
    assertThat(Money.ofOre(-1_000_01).format()).isEqualTo("\u22121" + NBSP + "000,01" + NBSP + "kr");
  }

  @Test
  void readsWhatPeopleType() {
    assertThat(Money.parse("1500000")).isEqualTo(Money.ofKronor(1_500_000));
    assertThat(Money.parse("1 500 000 kr")).isEqualTo(Money.ofKronor(1_500_000));
    assertThat(Money.parse("1" + NBSP + "500" + NBSP + "000" + NBSP + "kr")).isEqualTo(Money.ofKronor(1_500_000));
    assertThat(Money.parse("1\u202f500\u202f000")).isEqualTo(Money.ofKronor(1_500_000));
    assertThat(Money.parse("12 345,50")).isEqualTo(Money.ofOre(1_234_550));
    assertThat(Money.parse("12345.5")).isEqualTo(Money.ofOre(1_234_550));
    assertThat(Money.parse(" 0,05 ")).isEqualTo(Money.ofOre(5));
    assertThat(Money.parse("100,000")).isEqualTo(Money.ofKronor(100));
  }

  @Test
  void formatAndParseAgree() {
    for (long ore = -250_000; ore <= 250_000_000_000L; ore = ore * 7 + 13_579) {
      Money money = Money.ofOre(ore);
      assertThat(Money.parse(money.format())).as("%d öre", ore).isEqualTo(money);
      if (ore == 0) {
        ore = 1;
      }
    }
  }

  @Test
  void refusesWhatIsNoAmount() {
    for (String typed : new String[] {"", "kr", "abc", "12,345,50", "1 5000", "12,3456", "1e6", "--5"}) {
      assertThatThrownBy(() -> Money.parse(typed)).as(typed).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Money.parse("10,005")).hasMessageContaining("two decimals");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.001"))).hasMessageContaining("two decimals");
  }

  @Test
  void addsExactly() {
    Money tenth = Money.parse("0,10");
    Money sum = Money.ZERO;
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(tenth);
    }
    assertThat(sum).isEqualTo(Money.ofKronor(1));
    assertThat(Money.ofKronor(5).minus(Money.ofKronor(7)).isNegative()).isTrue();
  }
}
