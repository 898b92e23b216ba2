package be.foyer.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors a form shows: the GOV.UK error summary at the top ({@link #getSummary()}, each linking to its field) and
 * one message beside each field ({@link #get(String)}). Messages are already in the user's language. Build it with
 * {@link FormErrorMessages}; an empty one is {@link #NONE}. A service outage is a page-level message
 * ({@link #getUnavailable()}), shown by the same fragment, while the form keeps what was typed.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of(), null, null);

    /** One line of the summary; {@code field} is the input's id (null for an error about the whole form). */
    public record Entry(String field, String message) {
    }

    private final Map<String, String> byField;
    private final String general;
    private final String unavailable;

    FormErrors(Map<String, String> byField, String general, String unavailable) {
        this.byField = new LinkedHashMap<>(byField);
        this.general = general;
        this.unavailable = unavailable;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general == null && unavailable == null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message beside this field, or null. */
    public String get(String field) {
        return byField.get(field);
    }

    /** The summary's lines: the form-level message first, then one per field in the API's order. */
    public List<Entry> getSummary() {
        List<Entry> entries = new ArrayList<>();
        if (general != null) {
            entries.add(new Entry(null, general));
        }
        byField.forEach((field, message) -> entries.add(new Entry(field, message)));
        return entries;
    }

    /** "This service is unavailable, nothing you typed is lost", or null. */
    public String getUnavailable() {
        return unavailable;
    }
}
