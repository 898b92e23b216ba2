package be.foyer.web.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;


/**
 * The values of an API enum as a select's or radios' options (value → label in the user's language), in the order
 * given. Web has no copy of the services' enums: each page lists the values it offers.
 */
@Component
public class EnumOptions {

    public static final List<String> LIFE_DOMAINS = List.of("HEALTH", "HOUSING", "EMPLOYMENT", "ENERGY", "DIGITAL",
            "CULTURE", "HOLIDAYS", "DIY", "FAMILY", "MOBILITY", "RIGHTS", "BUDGET");
    public static final List<String> GOAL_STATUSES = List.of("PLANNED", "IN_PROGRESS", "ACHIEVED", "ABANDONED");

    private final EnumLabels labels;

    EnumOptions(EnumLabels labels) {
        this.labels = labels;
    }

    public Map<String, String> of(String enumName, List<String> values) {
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach(value -> options.put(value, labels.label(enumName, value)));
        return options;
    }
}
