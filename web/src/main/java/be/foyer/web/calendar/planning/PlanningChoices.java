package be.foyer.web.calendar.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumOptions;

/** The options of the planning forms, each with its label in the user's language (value → label). */
@Component
public class PlanningChoices {

    /** Council meetings are planned on their own page, not as an activity of category COUNCIL. */
    static final List<String> CATEGORIES = List.of("WORKSHOP", "OUTING", "MEAL", "SPORT", "CULTURE", "NATURE",
            "DIGITAL");
    static final List<String> PLACE_CATEGORIES = List.of("CULTURE", "NATURE", "SPORT", "FAMILY", "TRAINING",
            "HEALTH", "ADMINISTRATION", "HOUSING");
    static final List<String> VISIBILITIES = List.of("FEDERATION", "ORGANISATION");

    private final EnumOptions enums;
    private final MessageSource messages;

    PlanningChoices(EnumOptions enums, MessageSource messages) {
        this.enums = enums;
        this.messages = messages;
    }

    /** The options the activity form and the recurrence picker need, as model attributes. */
    void addTo(Model model) {
        model.addAttribute("categories", categories());
        model.addAttribute("placeCategories", placeCategories());
        model.addAttribute("visibilities", visibilities());
        model.addAttribute("days", days());
        model.addAttribute("ordinals", ordinals());
    }

    public Map<String, String> categories() {
        return enums.of("ActivityCategory", CATEGORIES);
    }

    public Map<String, String> placeCategories() {
        return enums.of("PlaceCategory", PLACE_CATEGORIES);
    }

    public Map<String, String> visibilities() {
        return labelled("planning.visibility.", VISIBILITIES);
    }

    public Map<String, String> days() {
        return labelled("planning.day.", RecurrencePicker.DAYS);
    }

    public Map<String, String> ordinals() {
        return labelled("planning.ordinal.", RecurrencePicker.ORDINALS);
    }

    private Map<String, String> labelled(String prefix, List<String> values) {
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach(value -> options.put(value,
                messages.getMessage(prefix + value, null, value, LocaleContextHolder.getLocale())));
        return options;
    }
}
