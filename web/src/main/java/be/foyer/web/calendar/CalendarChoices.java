package be.foyer.web.calendar;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumOptions;

/**
 * The categories the calendar's filter offers (activity-service's), each labelled in the user's language; a value
 * that is not one of them is never sent to the API. The organisations filter is {@code support.Organisations}.
 */
@Component
public class CalendarChoices {

    /** activity-service's ActivityCategory; COUNCIL holds the tenants' council meetings. */
    public static final List<String> CATEGORIES = List.of("WORKSHOP", "OUTING", "MEAL", "SPORT", "CULTURE", "NATURE",
            "DIGITAL", "COUNCIL");

    private final EnumOptions enumOptions;

    CalendarChoices(EnumOptions enumOptions) {
        this.enumOptions = enumOptions;
    }

    public Map<String, String> categories() {
        return enumOptions.of("ActivityCategory", CATEGORIES);
    }

    static String categoryOrEmpty(String value) {
        return value != null && CATEGORIES.contains(value.strip()) ? value.strip() : "";
    }
}
