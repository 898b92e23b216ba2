package be.foyer.tenants.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import be.foyer.platform.domain.InvalidInputException;

class NationalRegisterNumberTest {

    @Test
    void a_number_typed_as_on_the_card_is_kept_as_its_eleven_digits() {
        NationalRegisterNumber number = NationalRegisterNumber.parse(" 85.07.30-033.28 ");

        assertThat(number.digits()).isEqualTo("85073003328");
        assertThat(number.formatted()).isEqualTo("85.07.30-033.28");
        assertThat(NationalRegisterNumber.parse("85073003328")).isEqualTo(number);
    }

    @Test
    void people_born_from_2000_have_their_check_computed_with_a_leading_2() {
        assertThat(NationalRegisterNumber.parse("01.02.03-456.03").digits()).isEqualTo("01020345603");
        // the same nine digits with the pre-2000 check are valid too (someone born in 1901)
        assertThat(NationalRegisterNumber.parse("01.02.03-456.71").digits()).isEqualTo("01020345671");
    }

    @Test
    void a_wrong_check_number_is_refused_naming_the_field() {
        assertThatThrownBy(() -> NationalRegisterNumber.parse("85.07.30-033.29"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field())
                        .isEqualTo("nationalRegisterNumber"))
                .hasMessageContaining("check number");
    }

    @Test
    void anything_but_eleven_digits_is_refused() {
        assertThatThrownBy(() -> NationalRegisterNumber.parse("85.07.30-033")).hasMessageContaining("11 digits");
        assertThatThrownBy(() -> NationalRegisterNumber.parse("85O73003328")).hasMessageContaining("11 digits");
    }
}
