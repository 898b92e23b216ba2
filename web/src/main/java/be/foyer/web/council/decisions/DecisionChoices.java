package be.foyer.web.council.decisions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.foyer.web.support.EnumOptions;

/**
 * What the decision pages offer to choose, value → label in the user's language: the statuses of a decision in the
 * order of its life, and the federation's organisations that can carry one out (names: {@code organisation.<alias>}).
 */
@Component
class DecisionChoices {

    static final List<String> STATUSES = List.of("OPEN", "IN_PROGRESS", "DONE", "DROPPED");
    static final List<String> ORGANISATIONS = List.of("smes", "diogenes", "infirmiers-de-rue", "new-samusocial",
            "a-toi-mon-toit", "habitat-et-humanisme");

    private final EnumOptions enumOptions;
    private final MessageSource messages;

    DecisionChoices(EnumOptions enumOptions, MessageSource messages) {
        this.enumOptions = enumOptions;
        this.messages = messages;
    }

    Map<String, String> statuses() {
        return enumOptions.of("DecisionStatus", STATUSES);
    }

    Map<String, String> organisations() {
        Map<String, String> options = new LinkedHashMap<>();
        ORGANISATIONS.forEach(alias -> options.put(alias,
                messages.getMessage("organisation." + alias, null, alias, LocaleContextHolder.getLocale())));
        return options;
    }
}
