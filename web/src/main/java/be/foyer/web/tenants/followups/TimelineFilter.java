package be.foyer.web.tenants.followups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline's filters as the page's GET form sends them ({@code ?byMode=&byDomain=&byStatus=&from=&to=&page=},
 * named apart from the quick entry's {@code mode} and {@code status} on the same page), each optional; {@code page}
 * counts from 0 as the API's.
 */
public record TimelineFilter(String byMode, String byDomain, String byStatus, String from, String to, Integer page) {

    static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, null, 0);

    static final int PAGE_SIZE = 20;

    public boolean isEmpty() {
        return given(false).isEmpty();
    }

    int pageNumber() {
        return page == null || page < 0 ? 0 : page;
    }

    /** The filters given (blank ones left out), by the API's names or by the page's. */
    private Map<String, String> given(boolean pageNames) {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, pageNames ? "byMode" : "mode", byMode);
        put(given, pageNames ? "byDomain" : "domain", byDomain);
        put(given, pageNames ? "byStatus" : "status", byStatus);
        put(given, "from", from);
        put(given, "to", to);
        return given;
    }

    /** The API's path template for this page of the timeline, and its values after the tenant's id. */
    ApiQuery apiQuery(String tenantId) {
        StringBuilder path = new StringBuilder("/api/tenants/{id}/follow-ups?");
        List<Object> values = new ArrayList<>(List.of(tenantId));
        given(false).forEach((name, value) -> {
            path.append(name).append("={").append(name).append("}&");
            values.add(value);
        });
        path.append("page={page}&size={size}");
        values.add(pageNumber());
        values.add(PAGE_SIZE);
        return new ApiQuery(path.toString(), values.toArray());
    }

    /** The page's own address for another page of the same filters (pagination links). */
    public String pageQuery(int pageNumber) {
        StringBuilder query = new StringBuilder("?");
        given(true).forEach((name, value) -> query.append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
        return query.append("page=").append(pageNumber).toString();
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (!FollowUpForm.isBlank(value)) {
            given.put(name, value.strip());
        }
    }

    record ApiQuery(String path, Object[] values) {
    }
}
