package be.foyer.web.calendar.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import be.foyer.web.api.ApiFieldError;
import be.foyer.web.support.DateFormats;

/** The picker writes the RRULE of each choice and reads it back; its plain words in FR, NL and EN. */
class RecurrencePickerTest {

    private final RecurrenceWords words = new RecurrenceWords(bundle(), new DateFormats());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void monthlyFirstTuesdaySixTimesBothWays() {
        RecurrencePicker picker = posted("repeat", "MONTHLY", "monthlyBy", "WEEKDAY", "monthOrdinal", "1",
                "monthWeekday", "TU", "ends", "COUNT", "count", "6");
        assertThat(picker.check(false)).isEmpty();
        assertThat(picker.rule()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU;COUNT=6");

        RecurrencePicker read = RecurrencePicker.of("FREQ=MONTHLY;BYDAY=1TU;COUNT=6", LocalDate.of(2027, 1, 5), List.of());
        assertThat(read.repeat()).isEqualTo("MONTHLY");
        assertThat(read.monthlyBy()).isEqualTo("WEEKDAY");
        assertThat(read.monthOrdinal()).isEqualTo("1");
        assertThat(read.monthWeekday()).isEqualTo("TU");
        assertThat(read.ends()).isEqualTo("COUNT");
        assertThat(read.count()).isEqualTo("6");
        assertThat(read.rule()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU;COUNT=6");
        assertThat(in(Locale.FRENCH, read)).isEqualTo("Tous les premiers mardis du mois, 6 fois.");
        assertThat(in(Locale.forLanguageTag("nl"), read)).isEqualTo("Elke eerste dinsdag van de maand, 6 keer.");
        assertThat(in(Locale.ENGLISH, read)).isEqualTo("Every first Tuesday of the month, 6 times.");
    }

    @Test
    void weeklyOnChosenDaysEveryOtherWeekUntilADateWithDatesLeftOut() {
        RecurrencePicker picker = posted("repeat", "WEEKLY", "weekDays", "TH", "weekDays", "MO", "weekInterval", "2",
                "ends", "DATE", "until", "2027-06-30", "exceptions", "2026-12-24", "exceptions", "",
                "exceptions", "2026-12-31");
        assertThat(picker.check(false)).isEmpty();
        assertThat(picker.rule()).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630");
        assertThat(picker.exceptionDates()).containsExactly("2026-12-24", "2026-12-31");
        assertThat(in(Locale.FRENCH, picker)).isEqualTo("Toutes les 2 semaines le lundi et le jeudi, "
                + "jusqu’au 30 juin 2027, sauf le 24 décembre 2026 et 31 décembre 2026.");

        RecurrencePicker read = RecurrencePicker.of(picker.rule(), LocalDate.of(2026, 12, 3),
                List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 24)));
        assertThat(read.weekDays()).containsExactly("MO", "TH");
        assertThat(read.weekInterval()).isEqualTo("2");
        assertThat(read.ends()).isEqualTo("DATE");
        assertThat(read.until()).isEqualTo("2027-06-30");
        assertThat(read.exceptions()).containsExactly("2026-12-24", "2026-12-31");
        assertThat(read.rule()).isEqualTo(picker.rule());
    }

    @Test
    void weeklyWithoutEndAndMonthlyOnADayOfTheMonth() {
        assertThat(posted("repeat", "WEEKLY", "weekDays", "TH", "weekInterval", "1", "ends", "NEVER").rule())
                .isEqualTo("FREQ=WEEKLY;BYDAY=TH");
        RecurrencePicker fifteenth = posted("repeat", "MONTHLY", "monthlyBy", "MONTHDAY", "monthDay", "15",
                "monthInterval", "2", "ends", "COUNT", "count", "4");
        assertThat(fifteenth.rule()).isEqualTo("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=4");
        RecurrencePicker read = RecurrencePicker.of(fifteenth.rule(), LocalDate.of(2027, 1, 15), null);
        assertThat(read.monthlyBy()).isEqualTo("MONTHDAY");
        assertThat(read.monthDay()).isEqualTo("15");
        assertThat(read.monthInterval()).isEqualTo("2");
        assertThat(in(Locale.FRENCH, read)).isEqualTo("Le 15 du mois, tous les 2 mois, 4 fois.");
    }

    @Test
    void lastFridayAndRulesWithoutDaysTakeTheFirstDatesDay() {
        RecurrencePicker last = posted("repeat", "MONTHLY", "monthlyBy", "WEEKDAY", "monthOrdinal", "-1",
                "monthWeekday", "FR", "ends", "NEVER");
        assertThat(last.rule()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
        assertThat(in(Locale.FRENCH, last)).isEqualTo("Tous les derniers vendredis du mois, sans date de fin.");
        assertThat(RecurrencePicker.of("FREQ=MONTHLY;BYDAY=-1FR", null, null).monthOrdinal()).isEqualTo("-1");
        assertThat(RecurrencePicker.of("FREQ=WEEKLY", LocalDate.of(2026, 12, 3), null).weekDays())
                .containsExactly("TH");
        assertThat(RecurrencePicker.of("FREQ=MONTHLY;COUNT=3", LocalDate.of(2026, 12, 3), null).monthDay())
                .isEqualTo("3");
    }

    @Test
    void onceWritesNoRuleAndNoExceptions() {
        RecurrencePicker once = posted("repeat", "ONCE", "exceptions", "2026-12-24");
        assertThat(once.rule()).isNull();
        assertThat(once.exceptionDates()).isEmpty();
        assertThat(RecurrencePicker.of(null, LocalDate.of(2026, 12, 3), null).repeat()).isEqualTo("ONCE");
        assertThat(in(Locale.FRENCH, once)).isEqualTo("Une seule fois.");
    }

    @Test
    void aRuleThePickerCannotShowIsKeptAsItIs() {
        RecurrencePicker read = RecurrencePicker.of("FREQ=MONTHLY;BYDAY=TU;COUNT=8", LocalDate.of(2027, 1, 5), null);
        assertThat(read.repeat()).isEqualTo("KEEP");
        assertThat(read.rule()).isEqualTo("FREQ=MONTHLY;BYDAY=TU;COUNT=8");
        assertThat(read.check(false)).isEmpty();
        assertThat(RecurrencePicker.of("FREQ=MONTHLY;BYDAY=2MO,4MO", null, null).repeat()).isEqualTo("KEEP");
    }

    @Test
    void thePageNamesWhatItCanTellIsWrongBesideEachField() {
        RecurrencePicker weekly = posted("repeat", "WEEKLY", "weekInterval", "deux", "ends", "COUNT", "count", "0",
                "exceptions", "2026-12-24", "exceptions", "24/12");
        assertThat(weekly.check(false)).extracting(ApiFieldError::field, ApiFieldError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("weekDays", "required"),
                org.assertj.core.groups.Tuple.tuple("weekInterval", "not_a_number"),
                org.assertj.core.groups.Tuple.tuple("count", "too_small"),
                org.assertj.core.groups.Tuple.tuple("exceptions-1", "not_a_date"));
        RecurrencePicker monthly = posted("repeat", "MONTHLY", "monthlyBy", "MONTHDAY", "monthDay", "32",
                "ends", "DATE", "until", "");
        assertThat(monthly.check(false)).extracting(ApiFieldError::field).containsExactly("monthDay", "until");
        RecurrencePicker forever = posted("repeat", "MONTHLY", "monthlyBy", "WEEKDAY", "monthOrdinal", "1",
                "monthWeekday", "TU", "ends", "NEVER");
        assertThat(forever.check(false)).isEmpty();
        assertThat(forever.check(true)).extracting(ApiFieldError::field).containsExactly("ends");
    }

    private String in(Locale locale, RecurrencePicker picker) {
        LocaleContextHolder.setLocale(locale);
        return words.of(picker);
    }

    private static RecurrencePicker posted(String... nameValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.computeIfAbsent(nameValues[i], name -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
        }
        return RecurrencePicker.from(params);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/planning", "i18n/common");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
