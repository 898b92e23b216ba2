package be.foyer.web.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import be.foyer.web.api.ApiClient;
import be.foyer.web.api.ServiceUnavailableException;

/**
 * The names of tenants that housing-service or activity-service know by id only, asked from tenant-service in one
 * call per 100 ids ({@code GET /api/tenants?ids=}). A page with names unavailable still shows its list.
 */
@Component
public class TenantNames {

    static final int MAX_IDS = 100;

    private static final Logger log = LoggerFactory.getLogger(TenantNames.class);
    private static final ParameterizedTypeReference<ApiList<Person>> PEOPLE = new ParameterizedTypeReference<>() {
    };

    private final ApiClient api;

    TenantNames(ApiClient api) {
        this.api = api;
    }

    public Names of(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        try {
            for (int from = 0; from < wanted.size(); from += MAX_IDS) {
                String batch = String.join(",", wanted.subList(from, Math.min(wanted.size(), from + MAX_IDS)));
                for (Person person : api.get("/api/tenants?ids={ids}", PEOPLE, batch).items()) {
                    names.put(person.id(), person.displayName());
                }
            }
        } catch (ServiceUnavailableException outage) {
            log.warn("Names unavailable: {}", outage.getMessage());
            return new Names(Map.of(), false);
        }
        return new Names(names, true);
    }

    /**
     * Names by tenant id. {@link #of(String)} is null for an id tenant-service did not return (an erased person, or
     * names unavailable): pages then say "unknown person" or that names are unavailable, never the id.
     */
    public record Names(Map<String, String> byId, boolean available) {

        public String of(String tenantId) {
            return tenantId == null ? null : byId.get(tenantId);
        }
    }
}
