package be.foyer.web.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumOptions;

/**
 * What the calendar's filters offer: the federation's organisations (names from {@code organisation.<alias>} in the
 * common bundle) and activity-service's categories, each labelled in the user's language. A value that is not one
 * of them is never sent to the API.
 */
@Component
public class CalendarChoices {

    /** The organisations of the federation (Keycloak organisation aliases), as the common bundle names them. */
    public static final List<String> ORGANISATIONS = List.of("smes", "diogenes", "infirmiers-de-rue",
            "new-samusocial", "a-toi-mon-toit", "habitat-et-humanisme");
    /** activity-service's ActivityCategory; COUNCIL holds the tenants' council meetings. */
    public static final List<String> CATEGORIES = List.of("WORKSHOP", "OUTING", "MEAL", "SPORT", "CULTURE", "NATURE",
            "DIGITAL", "COUNCIL");

    private final MessageSource messages;
    private final EnumOptions enumOptions;

    CalendarChoices(MessageSource messages, EnumOptions enumOptions) {
        this.messages = messages;
        this.enumOptions = enumOptions;
    }

    public Map<String, String> organisations() {
        Map<String, String> options = new LinkedHashMap<>();
        ORGANISATIONS.forEach(alias -> options.put(alias,
                messages.getMessage("organisation." + alias, null, alias, LocaleContextHolder.getLocale())));
        return options;
    }

    public Map<String, String> categories() {
        return enumOptions.of("ActivityCategory", CATEGORIES);
    }

    static String organisationOrEmpty(String value) {
        return value != null && ORGANISATIONS.contains(value.strip()) ? value.strip() : "";
    }

    static String categoryOrEmpty(String value) {
        return value != null && CATEGORIES.contains(value.strip()) ? value.strip() : "";
    }
}
