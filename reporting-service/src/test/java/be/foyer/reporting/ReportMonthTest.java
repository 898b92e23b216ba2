package be.foyer.reporting;

import be.foyer.platform.domain.FieldChecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import be.foyer.platform.domain.InvalidInputException;

class ReportMonthTest {

    /** 30 November 2026, 23:30 UTC: already 1 December in Brussels. */
    private final Clock lateNovemberUtc = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void the_current_month_is_the_brussels_one() {
        assertThat(month("2026-12")).isEqualTo(YearMonth.of(2026, 12));
        assertThatThrownBy(() -> month("2027-01"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("month"));
    }

    @Test
    void a_month_must_be_written_yyyy_mm_and_exist() {
        for (String bad : new String[] {"2026-13", "abc", "2026-1", "2026-00", "26-11", "2026-11-01", " ", null}) {
            assertThatThrownBy(() -> month(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("month"));
        }
    }

    /** The month parameter as a report request reads it. */
    private YearMonth month(String month) {
        FieldChecks checks = new FieldChecks();
        ReportPeriod period = ReportPeriod.read(month, null, null, lateNovemberUtc, checks);
        checks.throwIfAny();
        return period.from();
    }

    @Test
    void a_date_falls_in_its_calendar_month() {
        assertThat(ReportMonth.of(LocalDate.of(2026, 1, 31))).isEqualTo("2026-01");
    }
}
