package be.foyer.reporting.annual.web;

import java.util.Locale;
import java.util.ResourceBundle;

import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.FieldErrorCode;

/** The language of the funders' PDF ({@code lang=fr|nl|en}, French by default) and its messages. */
enum ReportLanguage {

    FR, NL, EN;

    static final String PARAMETER = "lang";

    private static final String BUNDLE = "annual/messages";

    static ReportLanguage parse(String lang) {
        if (lang == null || lang.isBlank()) {
            return FR;
        }
        for (ReportLanguage language : values()) {
            if (language.name().equalsIgnoreCase(lang.strip())) {
                return language;
            }
        }
        throw InvalidInputException.onField(PARAMETER, FieldErrorCode.NOT_ALLOWED, "must be one of fr, nl, en");
    }

    Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    /** The messages in this language; the base bundle is French, and the JVM's locale never takes part. */
    ResourceBundle messages() {
        return ResourceBundle.getBundle(BUNDLE, this == FR ? Locale.ROOT : locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
