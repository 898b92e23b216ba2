package be.foyer.web.housing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumLabels;

/**
 * The values of housing-service's enums that forms offer, in the order a worker thinks of them, each with its label
 * in the user's language (value → label, for the select and radios fragments).
 */
@Component
public class HousingChoices {

    static final List<String> DWELLING_STATUSES = List.of("AVAILABLE", "OCCUPIED", "WORKS", "WITHDRAWN");
    static final List<String> HOUSING_MODELS = List.of("HOUSING_FIRST", "SCATTERED", "GROUPED_SOLIDARITY",
            "COMMUNITY", "KANGAROO", "INTERGENERATIONAL", "FAMILY_BOARDING_HOUSE", "SOCIAL_RESIDENCE", "TRANSIT");
    static final List<String> END_REASONS = List.of("MOVED_ON", "RELAYED", "EVICTION", "RETURN_TO_STREET",
            "HOSPITAL", "PRISON", "DEATH", "OTHER");
    static final List<String> STEP_KINDS = List.of("VISIT", "AIS_APPLICATION", "SISP_APPLICATION",
            "LANDLORD_CONTACT", "REFUSAL", "OFFER", "LEASE_SIGNED");

    private final EnumLabels enums;

    HousingChoices(EnumLabels enums) {
        this.enums = enums;
    }

    public Map<String, String> dwellingStatuses() {
        return labelled("DwellingStatus", DWELLING_STATUSES);
    }

    public Map<String, String> housingModels() {
        return labelled("HousingModel", HOUSING_MODELS);
    }

    public Map<String, String> endReasons() {
        return labelled("EndReason", END_REASONS);
    }

    public Map<String, String> stepKinds() {
        return labelled("StepKind", STEP_KINDS);
    }

    private Map<String, String> labelled(String enumName, List<String> values) {
        Map<String, String> options = new LinkedHashMap<>();
        values.forEach(value -> options.put(value, enums.label(enumName, value)));
        return options;
    }
}
