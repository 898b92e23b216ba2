package be.foyer.web.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The federation's member organisations (the aliases of the contract, named by {@code organisation.<alias>} in
 * the common bundle): who proposes an agenda item, whose tenants came, who takes care of a decision.
 */
@Component
public class CouncilOrganisations {

    public static final List<String> ALL = List.of(
            "smes", "diogenes", "infirmiers-de-rue", "new-samusocial", "a-toi-mon-toit", "habitat-et-humanisme");

    private final MessageSource messages;

    CouncilOrganisations(MessageSource messages) {
        this.messages = messages;
    }

    /** The organisation's name in the user's language; "" for none. */
    public String name(String alias) {
        return alias == null ? "" : messages.getMessage("organisation." + alias, null, alias, LocaleContextHolder.getLocale());
    }

    /** alias → name, for a select or radios. */
    public Map<String, String> options() {
        Map<String, String> options = new LinkedHashMap<>();
        ALL.forEach(alias -> options.put(alias, name(alias)));
        return options;
    }
}
