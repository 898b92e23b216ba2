package be.foyer.tenants.followup.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.tenants.followup.FollowUpFilter;
import be.foyer.tenants.followup.FollowUpMode;
import be.foyer.tenants.followup.FollowUpStatus;
import be.foyer.tenants.tenant.LifeDomain;

/**
 * Reads the timeline's filters from the query string, naming every bad one at once (a type conversion by Spring
 * would stop at the first).
 */
final class FollowUpFilters {

    private FollowUpFilters() {
    }

    static FollowUpFilter parse(String mode, String domain, String from, String to, String status) {
        FieldChecks checks = new FieldChecks();
        FollowUpFilter filter = new FollowUpFilter(
                value(checks, "mode", mode, FollowUpMode.class),
                value(checks, "domain", domain, LifeDomain.class),
                date(checks, "from", from),
                date(checks, "to", to),
                value(checks, "status", status, FollowUpStatus.class));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            checks.reject("to", FieldErrorCode.BEFORE_START, "cannot be before from (" + filter.from() + ")");
        }
        checks.throwIfAny();
        return filter;
    }

    private static <E extends Enum<E>> E value(FieldChecks checks, String field, String text, Class<E> type) {
        return parsed(checks, field, text, value -> Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT)),
                FieldErrorCode.NOT_ALLOWED, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static LocalDate date(FieldChecks checks, String field, String text) {
        return parsed(checks, field, text, LocalDate::parse, FieldErrorCode.NOT_A_DATE, "must be a date (YYYY-MM-DD)");
    }

    private static <T> T parsed(FieldChecks checks, String field, String text, Function<String, T> parser,
            FieldErrorCode code, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            checks.reject(field, code, message);
            return null;
        }
    }
}
