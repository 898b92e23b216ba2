package be.foyer.activities.occurrence.web;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import be.foyer.activities.activity.ActivityCategory;
import be.foyer.activities.occurrence.Occurrence;
import be.foyer.platform.domain.FieldChecks;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.security.Organisations;

/**
 * The calendar list's filters as typed in its query ({@code organisation}, {@code category}, {@code registered=mine}):
 * every wrong value is named at once, then they become one test of an occurrence and whether the council's meetings
 * belong in the list (they have no organiser and no registrations: only without those filters, or for COUNCIL).
 */
final class CalendarFilters {

    /** What the list shows: the occurrences {@code occurrences} accepts, and the council's meetings or not. */
    record Selection(Predicate<Occurrence> occurrences, boolean withCouncil) {
    }

    static final String MINE = "mine";

    private CalendarFilters() {
    }

    /**
     * An empty value (a form's "all") filters nothing.
     *
     * @param mine the occurrences where one of the caller's registrations is active, asked only when filtered on
     */
    static Selection of(String typedOrganisation, String typedCategory, String typedRegistered,
            Supplier<Predicate<Occurrence>> mine) {
        String organisation = given(typedOrganisation);
        String category = given(typedCategory);
        String registered = given(typedRegistered);
        FieldChecks checks = new FieldChecks();
        checks.require(organisation == null || Organisations.isKnown(organisation), "organisation",
                FieldErrorCode.UNKNOWN, "is not an organisation of the federation (" + String.join(", ",
                        Organisations.ALL) + ")");
        ActivityCategory wanted = category == null ? null : categoryOrNull(category);
        checks.require(category == null || wanted != null, "category", FieldErrorCode.UNKNOWN,
                "is not a category (" + Arrays.stream(ActivityCategory.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + ")");
        checks.require(registered == null || MINE.equals(registered), "registered", FieldErrorCode.NOT_ALLOWED,
                "can only be '" + MINE + "'");
        checks.throwIfAny();
        Predicate<Occurrence> filter = occurrence -> true;
        if (organisation != null) {
            filter = filter.and(occurrence -> occurrence.activity().organisation().equals(organisation));
        }
        if (wanted != null) {
            filter = filter.and(occurrence -> occurrence.activity().category() == wanted);
        }
        boolean withCouncil = organisation == null && registered == null
                && (wanted == null || wanted == ActivityCategory.COUNCIL);
        return new Selection(registered == null ? filter : filter.and(mine.get()), withCouncil);
    }

    private static String given(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static ActivityCategory categoryOrNull(String typed) {
        return Arrays.stream(ActivityCategory.values()).filter(category -> category.name().equals(typed)).findFirst()
                .orElse(null);
    }
}
