package be.foyer.web.api;

import java.util.List;

/** The service behind an API path, to name it when it is unavailable (message key {@code unavailable.<key>}). */
public enum ApiService {
    TENANTS("tenants", "/api/tenants"),
    HOUSING("housing", "/api/sites", "/api/dwellings", "/api/tenancies", "/api/housing-searches"),
    ACTIVITIES("activities", "/api/activities", "/api/calendar.ics", "/api/council"),
    REPORTS("reports", "/api/reports"),
    /** The gateway itself, or a path of none of the above. */
    PLATFORM("platform");

    private final String key;
    private final List<String> prefixes;

    ApiService(String key, String... prefixes) {
        this.key = key;
        this.prefixes = List.of(prefixes);
    }

    public String key() {
        return key;
    }

    public static ApiService of(String path) {
        for (ApiService service : values()) {
            for (String prefix : service.prefixes) {
                if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?")) {
                    return service;
                }
            }
        }
        return PLATFORM;
    }
}
