package be.foyer.web.support;

import java.util.ArrayList;
import java.util.List;

/**
 * An API path with only the query parameters that have a value, as an ApiClient URI template and its values (so
 * that they are encoded): the API reads an absent filter as "any", and an empty one would be a filter on "".
 */
public final class ApiQuery {

    private final StringBuilder template;
    private final List<Object> values = new ArrayList<>();

    private ApiQuery(String path) {
        this.template = new StringBuilder(path);
    }

    public static ApiQuery of(String path) {
        return new ApiQuery(path);
    }

    /** Adds {@code name=value} unless the value is null or blank. */
    public ApiQuery param(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            template.append(values.isEmpty() ? '?' : '&').append(name).append("={").append(name).append('}');
            values.add(value instanceof String text ? text.strip() : value);
        }
        return this;
    }

    public String template() {
        return template.toString();
    }

    public Object[] values() {
        return values.toArray();
    }
}
