package be.foyer.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextAndDateConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Named(@SingleLineText String name, @MultiLineText String note) {
    }

    record Dated(@PlausibleDate(yearsBack = 120, yearsAhead = 0) LocalDate birth,
            @PlausibleDate(yearsBack = 10, yearsAhead = 5) LocalDateTime start) {
    }

    record PastBoundOnly(@PlausibleDate(yearsBack = 10, yearsAhead = -1) LocalDate date) {
    }

    @Test
    void a_negative_years_ahead_leaves_the_future_to_the_domain_rule() {
        assertThat(fieldsRefused(new PastBoundOnly(LocalDate.of(2999, 1, 1)))).isEmpty();
        assertThat(fieldsRefused(new PastBoundOnly(LocalDate.of(1, 1, 1)))).containsExactly("date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\n", "\r", "\t", "\u007F", "\u0085", "\u009B", "\u200E", "\u200F",
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028"})
    void one_line_text_refuses_controls_and_direction_marks(String character) {
        assertThat(fieldsRefused(new Named("Ali" + character + "ce", null))).containsExactly("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u009B", "\u202E", "\u2067", "\u200F"})
    void multi_line_text_refuses_the_same_but_line_breaks_and_tabs(String character) {
        assertThat(fieldsRefused(new Named(null, "a" + character))).containsExactly("note");
    }

    @Test
    void people_write_in_every_script_and_notes_keep_their_lines() {
        assertThat(fieldsRefused(new Named("\u0644\u064a\u0644\u0649 Müller-Đorđević 李 🙂",
                "First line\r\nsecond\tline\n"))).isEmpty();
    }

    @Test
    void dates_no_one_means_are_refused_and_null_is_left_to_required() {
        LocalDate today = LocalDate.now();
        assertThat(fieldsRefused(new Dated(LocalDate.of(1, 1, 1), LocalDateTime.of(9999, 1, 1, 0, 0))))
                .containsExactlyInAnyOrder("birth", "start");
        assertThat(fieldsRefused(new Dated(today.plusDays(2), null))).containsExactly("birth");
        assertThat(fieldsRefused(new Dated(today.minusYears(80), today.plusYears(1).atStartOfDay()))).isEmpty();
        assertThat(fieldsRefused(new Dated(null, null))).isEmpty();
    }

    private static Set<String> fieldsRefused(Object bean) {
        return VALIDATOR.validate(bean).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }
}
