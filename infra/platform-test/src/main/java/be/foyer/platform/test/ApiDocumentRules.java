package be.foyer.platform.test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

/**
 * The OWASP API Security rules (the Spectral {@code owasp} ruleset's, 2023 edition) that matter for Foyer, checked
 * on a service's OpenAPI document in Java because the linter needs Node:
 * <ul>
 * <li>every operation is secured by the bearer token or explicitly public ({@code security: [{}]}) (api2);</li>
 * <li>a secured operation declares 401, 403 and 429, a public one 429 (api2, api4, api8);</li>
 * <li>no operation declares 500 or a {@code default} answer: errors are a contract, not a leak (api8);</li>
 * <li>everything a caller sends (parameters and bodies) is bounded: every string has a maxLength, a pattern, an
 * enum or a format; every array a maxItems; every map a maxProperties; every integer a minimum and a maximum
 * (api4).</li>
 * </ul>
 * Answers (response schemas) are not checked for bounds: the service writes them, and a bound there would be a
 * claim no code enforces (docs/bad-input.md).
 */
public final class ApiDocumentRules {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final Map<String, Object> document;
    private final List<String> violations = new ArrayList<>();

    private ApiDocumentRules(String json) {
        this.document = JsonPath.read(json, "$");
    }

    /** One line per rule broken: where (method and path, and the property) and what. */
    public static List<String> violations(String json) {
        ApiDocumentRules rules = new ApiDocumentRules(json);
        rules.check();
        return rules.violations;
    }

    private void check() {
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, value) -> {
            if (METHODS.contains(method)) {
                operation(method.toUpperCase() + " " + path, map(value));
            }
        }));
    }

    private void operation(String where, Map<String, Object> operation) {
        List<Object> security = list(operation.get("security"));
        boolean secured = security.stream().anyMatch(requirement -> map(requirement).containsKey("bearer"));
        boolean open = !secured && security.stream().anyMatch(requirement -> map(requirement).isEmpty());
        if (!secured && !open) {
            violations.add(where + ": neither secured by the bearer token nor explicitly public (security: [{}])");
        }
        Map<String, Object> responses = map(operation.get("responses"));
        for (String status : secured ? List.of("401", "403", "429") : List.of("429")) {
            if (!responses.containsKey(status)) {
                violations.add(where + ": no " + status + " answer declared");
            }
        }
        for (String leak : List.of("500", "default")) {
            if (responses.containsKey(leak)) {
                violations.add(where + ": declares a " + leak + " answer");
            }
        }
        for (Object parameter : list(operation.get("parameters"))) {
            Map<String, Object> declared = map(parameter);
            bounded(where + " parameter " + declared.get("name"), map(declared.get("schema")), new HashSet<>());
        }
        Map<String, Object> body = map(operation.get("requestBody"));
        map(body.get("content")).forEach((type, content) ->
                bounded(where + " body (" + type + ")", map(map(content).get("schema")), new HashSet<>()));
    }

    /** Checks a schema a caller fills in, and everything it holds; {@code seen} stops at recursive references. */
    private void bounded(String where, Map<String, Object> schema, Set<String> seen) {
        Object ref = schema.get("$ref");
        if (ref instanceof String reference) {
            String name = reference.substring(reference.lastIndexOf('/') + 1);
            if (seen.add(name)) {
                bounded(where + " > " + name, map(map(map(document.get("components")).get("schemas")).get(name)),
                        seen);
            }
            return;
        }
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            for (Object part : list(schema.get(combined))) {
                bounded(where, map(part), seen);
            }
        }
        Set<String> types = types(schema);
        if (types.contains("string") && !schema.containsKey("maxLength") && !schema.containsKey("pattern")
                && !schema.containsKey("enum") && !schema.containsKey("format") && !schema.containsKey("const")) {
            violations.add(where + ": a string without maxLength, pattern, enum or format");
        }
        if (types.contains("integer") && (!has(schema, "minimum", "exclusiveMinimum")
                || !has(schema, "maximum", "exclusiveMaximum"))) {
            violations.add(where + ": an integer without minimum and maximum");
        }
        if (types.contains("array")) {
            if (!schema.containsKey("maxItems")) {
                violations.add(where + ": an array without maxItems");
            }
            bounded(where + "[]", map(schema.get("items")), seen);
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            if (!schema.containsKey("maxProperties")) {
                violations.add(where + ": a map without maxProperties");
            }
            bounded(where + "{}", map(values), seen);
        }
        map(schema.get("properties")).forEach((name, property) ->
                bounded(where + "." + name, map(property), seen));
    }

    private static boolean has(Map<String, Object> schema, String bound, String exclusiveBound) {
        return schema.containsKey(bound) || schema.get(exclusiveBound) instanceof Number;
    }

    private static Set<String> types(Map<String, Object> schema) {
        Object type = schema.get("type");
        Set<String> types = new HashSet<>();
        if (type instanceof String single) {
            types.add(single);
        }
        list(schema.get("types")).forEach(each -> types.add(String.valueOf(each)));
        list(type).forEach(each -> types.add(String.valueOf(each)));
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }
}
