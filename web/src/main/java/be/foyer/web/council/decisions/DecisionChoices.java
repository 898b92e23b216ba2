package be.foyer.web.council.decisions;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumOptions;

/**
 * What the decision pages offer to choose, value → label in the user's language: the statuses of a decision in the
 * order of its life (the organisations that can carry one out are {@code support.Organisations}).
 */
@Component
class DecisionChoices {

    static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "DROPPED");

    private final EnumOptions enumOptions;

    DecisionChoices(EnumOptions enumOptions) {
        this.enumOptions = enumOptions;
    }

    Map<String, String> statuses() {
        return enumOptions.of("DecisionStatus", STATUSES);
    }
}
