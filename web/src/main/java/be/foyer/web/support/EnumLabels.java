package be.foyer.web.support;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of enum values, message key {@code enum.<EnumName>.<VALUE>} (in i18n/enums_*.properties). In templates:
 * {@code ${@enums.label(followUp.mode)}} for a Java enum, {@code ${@enums.label('FollowUpMode', 'PHONE')}} for a value
 * that arrived as a string; or directly {@code #{enum.FollowUpMode.PHONE}}. An unknown value shows as itself.
 */
@Component("enums")
public class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(Enum<?> value) {
        return value == null ? "" : label(value.getDeclaringClass().getSimpleName(), value.name());
    }

    public String label(String enumName, String value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage("enum." + enumName + "." + value, null, value, LocaleContextHolder.getLocale());
    }
}
