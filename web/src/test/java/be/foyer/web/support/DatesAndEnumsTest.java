package be.foyer.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class DatesAndEnumsTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | 3 mars 2025 | 13:30",
            "nl | 3 maart 2025 | 13:30",
            "en | March 3, 2025 | 1:30 PM"})
    void datesAreWrittenTheWayEachLanguageWritesThemInBrusselsTime(String language, String date, String time) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        DateFormats dates = new DateFormats();
        assertThat(dates.date(LocalDate.of(2025, 3, 3))).isEqualTo(date);
        // 12:30 UTC is 13:30 in Brussels in winter
        // the glue between date and time is the JDK's (CLDR) and varies with its version
        assertThat(dates.dateTime(Instant.parse("2025-03-03T12:30:00Z")).replace('\u202f', ' '))
                .startsWith(date).endsWith(time);
        assertThat(dates.date(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"fr, Téléphone", "nl, Telefoon", "en, Phone"})
    void enumValuesHaveALabelInEachLanguage(String language, String label) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/enums");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        EnumLabels enums = new EnumLabels(messages);
        assertThat(enums.label("FollowUpMode", "PHONE")).isEqualTo(label);
        assertThat(enums.label("FollowUpMode", "TELEPATHY")).isEqualTo("TELEPATHY");
    }
}
