package be.foyer.web.tenants.followups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumLabels;

/** The options of the follow-up forms and filters (value → label in the user's language), for the form fragments. */
@Component
class FollowUpChoices {

    private final EnumLabels enums;

    FollowUpChoices(EnumLabels enums) {
        this.enums = enums;
    }

    Map<String, String> modes() {
        return labelled("FollowUpMode", FollowUpValues.MODES);
    }

    Map<String, String> domains() {
        return labelled("LifeDomain", FollowUpValues.DOMAINS);
    }

    Map<String, String> placeCategories() {
        return labelled("PlaceCategory", FollowUpValues.PLACE_CATEGORIES);
    }

    Map<String, String> statuses() {
        return labelled("FollowUpStatus", FollowUpValues.STATUSES);
    }

    private Map<String, String> labelled(String enumName, List<String> values) {
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach(value -> options.put(value, enums.label(enumName, value)));
        return options;
    }
}
