package be.foyer.web.config;

import java.util.List;
import java.util.Locale;

/** The languages of the interface; French is the default. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private Languages() {
    }

    /** The supported language with this locale's language, or null. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }

    /** The supported language named by a tag such as "nl", or null. */
    public static Locale supported(String tag) {
        return tag == null || tag.isBlank() ? null : supported(Locale.forLanguageTag(tag.strip()));
    }
}
