package be.foyer.activities.activity;

import be.foyer.platform.domain.Author;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.foyer.platform.domain.InvalidInputException;

class RecurrenceTest {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static List<LocalDateTime> starts(String rule, String first, String horizon) {
        return Recurrence.parse(rule, BRUSSELS).starts(LocalDateTime.parse(first), LocalDateTime.parse(horizon));
    }

    static Activity series(String rule, String start, String end, List<LocalDate> exceptions) {
        return new Activity("a", "smes", "t", null, ActivityCategory.WORKSHOP, Visibility.FEDERATION, null,
                LocalDateTime.parse(start), LocalDateTime.parse(end), BRUSSELS,
                rule == null ? null : Recurrence.parse(rule, BRUSSELS), exceptions, 8, null, null, null,
                ActivityStatus.SCHEDULED, new Author("u", "U"), Instant.EPOCH);
    }

    @Test
    void weekly_on_two_days_every_other_week_until_a_date() {
        assertThat(starts("RRULE:FREQ=WEEKLY;BYDAY=TU,TH;INTERVAL=2;UNTIL=20261203", "2026-11-03T10:00",
                "2027-12-31T00:00")).containsExactly(
                        LocalDateTime.parse("2026-11-03T10:00"), LocalDateTime.parse("2026-11-05T10:00"),
                        LocalDateTime.parse("2026-11-17T10:00"), LocalDateTime.parse("2026-11-19T10:00"),
                        LocalDateTime.parse("2026-12-01T10:00"), LocalDateTime.parse("2026-12-03T10:00"));
    }

    @Test
    void weekly_without_byday_repeats_the_first_day_count_times() {
        assertThat(starts("freq=weekly;count=3", "2026-12-02T18:30", "2030-01-01T00:00")).containsExactly(
                LocalDateTime.parse("2026-12-02T18:30"), LocalDateTime.parse("2026-12-09T18:30"),
                LocalDateTime.parse("2026-12-16T18:30"));
    }

    @Test
    void monthly_by_ordinal_weekday_first_thursday_and_last_friday() {
        assertThat(starts("FREQ=MONTHLY;BYDAY=1TH;COUNT=3", "2026-11-05T14:00", "2030-01-01T00:00")).containsExactly(
                LocalDateTime.parse("2026-11-05T14:00"), LocalDateTime.parse("2026-12-03T14:00"),
                LocalDateTime.parse("2027-01-07T14:00"));
        assertThat(starts("FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270301T000000Z", "2026-11-27T10:00", "2030-01-01T00:00"))
                .containsExactly(LocalDateTime.parse("2026-11-27T10:00"), LocalDateTime.parse("2026-12-25T10:00"),
                        LocalDateTime.parse("2027-01-29T10:00"), LocalDateTime.parse("2027-02-26T10:00"));
    }

    @Test
    void monthly_by_month_day_skips_months_without_that_day_and_counts_from_the_end() {
        assertThat(starts("FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3", "2027-01-31T09:00", "2030-01-01T00:00"))
                .containsExactly(LocalDateTime.parse("2027-01-31T09:00"), LocalDateTime.parse("2027-03-31T09:00"),
                        LocalDateTime.parse("2027-05-31T09:00"));
        assertThat(starts("FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=2;COUNT=2", "2027-02-28T09:00", "2030-01-01T00:00"))
                .containsExactly(LocalDateTime.parse("2027-02-28T09:00"), LocalDateTime.parse("2027-04-30T09:00"));
    }

    @Test
    void an_open_series_stops_at_the_horizon() {
        assertThat(starts("FREQ=WEEKLY;BYDAY=MO", "2026-11-02T10:00", "2026-11-23T10:00")).hasSize(3);
    }

    @Test
    void a_weekly_thursday_at_14h_keeps_its_local_time_across_the_end_of_summer_time() {
        Activity workshop = series("FREQ=WEEKLY;BYDAY=TH;COUNT=3", "2026-10-22T14:00", "2026-10-22T16:00", List.of());
        List<LocalDateTime> starts = workshop.occurrenceStarts(LocalDateTime.parse("2026-10-01T00:00"),
                LocalDateTime.parse("2026-12-01T00:00"));
        assertThat(starts).containsExactly(LocalDateTime.parse("2026-10-22T14:00"),
                LocalDateTime.parse("2026-10-29T14:00"), LocalDateTime.parse("2026-11-05T14:00"));
        // Brussels leaves summer time on Sunday 25 October 2026: the same 14:00 is 12:00 UTC before, 13:00 after
        assertThat(starts.get(0).atZone(BRUSSELS).toInstant()).isEqualTo(Instant.parse("2026-10-22T12:00:00Z"));
        assertThat(starts.get(1).atZone(BRUSSELS).toInstant()).isEqualTo(Instant.parse("2026-10-29T13:00:00Z"));
    }

    @Test
    void exceptions_leave_dates_out_without_adding_occurrences_to_the_count() {
        Activity workshop = series("FREQ=WEEKLY;COUNT=3", "2026-12-17T14:00", "2026-12-17T16:00",
                List.of(LocalDate.parse("2026-12-24")));
        assertThat(workshop.occurrenceStarts(LocalDateTime.parse("2026-12-01T00:00"),
                LocalDateTime.parse("2027-02-01T00:00"))).containsExactly(LocalDateTime.parse("2026-12-17T14:00"),
                        LocalDateTime.parse("2026-12-31T14:00"));
        assertThat(workshop.lastStart()).isEqualTo(LocalDateTime.parse("2026-12-31T14:00"));
        assertThat(workshop.originalStartOf("a@2026-12-24T14:00")).isNull();
        assertThat(workshop.originalStartOf("a@2026-12-31T14:00")).isEqualTo(LocalDateTime.parse("2026-12-31T14:00"));
    }

    @Test
    void unsupported_rule_parts_are_400_naming_the_part() {
        expectUnsupported("FREQ=DAILY", "FREQ=DAILY");
        expectUnsupported("FREQ=YEARLY;BYMONTH=3", "FREQ=YEARLY");
        expectUnsupported("FREQ=WEEKLY;BYHOUR=10", "BYHOUR");
        expectUnsupported("FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO", "BYSETPOS");
        expectUnsupported("FREQ=WEEKLY;BYDAY=1TH", "BYDAY=1TH");
        expectUnsupported("FREQ=WEEKLY;BYDAY=XX", "BYDAY=XX");
        expectUnsupported("FREQ=WEEKLY;COUNT=0", "COUNT=0");
        expectUnsupported("FREQ=WEEKLY;UNTIL=tomorrow", "UNTIL=TOMORROW");
        expectUnsupported("BYDAY=TH", "FREQ is required");
    }

    private static void expectUnsupported(String rule, String named) {
        assertThatThrownBy(() -> Recurrence.parse(rule, BRUSSELS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("recurrence"))
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).message()).contains(named));
    }

    @Test
    void the_rule_reads_back_in_its_rfc_5545_form() {
        assertThat(Recurrence.parse("RRULE:freq=monthly;byday=-1fr;count=6", BRUSSELS).rule())
                .isEqualTo("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6");
    }
}
