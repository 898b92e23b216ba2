package be.foyer.web.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The federation's member organisations (Keycloak organisation aliases of the contract, named by
 * {@code organisation.<alias>} in the common bundle): filters of the calendar and the decisions log, who proposes an
 * agenda item, whose tenants came, who takes care of a decision. In templates: {@code ${@organisations.name(alias)}}.
 */
@Component("organisations")
public class Organisations {

    public static final List<String> ALL = List.of(
            "smes", "diogenes", "infirmiers-de-rue", "new-samusocial", "a-toi-mon-toit", "habitat-et-humanisme");

    private final MessageSource messages;

    Organisations(MessageSource messages) {
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

    /** The alias typed or chosen if it is a member's (stripped), else "": an unknown filter value is never sent. */
    public static String knownOrEmpty(String value) {
        return value != null && ALL.contains(value.strip()) ? value.strip() : "";
    }
}
