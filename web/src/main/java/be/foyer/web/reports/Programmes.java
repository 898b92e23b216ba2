package be.foyer.web.reports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /api/reports/programmes}: the programmes the caller may read. */
public record Programmes(List<Programme> items) {

    public Programmes {
        items = items == null ? List.of() : items;
    }

    /** @param name a text, or the names by language ({@code {"fr":…,"nl":…,"en":…}}) */
    public record Programme(String id, Object name, List<String> members, String lead) {

        public Programme {
            members = members == null ? List.of() : members;
        }

        public String nameIn(Locale locale) {
            if (name instanceof Map<?, ?> names) {
                Object named = names.get(locale.getLanguage());
                if (named == null) {
                    named = names.get("fr");
                }
                return named == null ? id : named.toString();
            }
            return name == null ? id : name.toString();
        }
    }

    public Programme find(String id) {
        return items.stream().filter(programme -> programme.id().equals(id)).findFirst().orElse(null);
    }
}
