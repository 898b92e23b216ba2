package be.foyer.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

import be.foyer.platform.security.Roles;
import be.foyer.platform.test.ApiSurface.Endpoint;

/**
 * Issue 13's bad input, on every endpoint of a service: the role is refused before the body is read, page and size
 * out of range are named in a 400, every request field is bounded (text characters, list sizes, dates), and path
 * tricks get problem+json. A service's test extends it with {@link FoyerServiceTest} and adds examples of its own.
 */
public abstract class BadInputScenarios {

    @Autowired
    protected MockMvc http;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    protected ApiSurface api() {
        return new ApiSurface(mapping);
    }

    @TestFactory
    Stream<DynamicTest> a_refused_role_sending_an_empty_body_gets_403_not_the_required_fields() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : api().writeEndpoints()) {
            String role = api().refusedRole(endpoint);
            if (role == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(endpoint + " as " + role, () -> {
                MvcResult result = http.perform(request(HttpMethod.valueOf(endpoint.method().name()),
                                endpoint.samplePath())
                        .with(TestTokens.user("intruder-" + role, role, "smes"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                        .andReturn();
                assertThat(result.getResponse().getStatus()).as(endpoint + " as " + role).isIn(403, 404);
                assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            }));
        }
        assertThat(tests).as("write endpoints with a role they refuse").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> page_and_size_out_of_range_are_named_in_a_400() {
        List<DynamicTest> tests = new ArrayList<>();
        String[][] cases = {
                {"page", "-1"}, {"page", "abc"}, {"page", "1.5"}, {"page", "99999999999999999999"},
                {"page", "2147483647"}, {"size", "0"}, {"size", "-5"}, {"size", "101"}, {"size", "x"},
                {"size", "99999999999"}};
        for (Endpoint endpoint : api().pagedEndpoints()) {
            RequestPostProcessor reader = userWith(api().allowedRole(endpoint));
            for (String[] parameter : cases) {
                tests.add(DynamicTest.dynamicTest(endpoint + "?" + parameter[0] + "=" + parameter[1], () -> {
                    MvcResult result = http.perform(get(endpoint.samplePath()).param(parameter[0], parameter[1])
                            .with(reader)).andReturn();
                    assertThat(result.getResponse().getStatus()).isEqualTo(400);
                    assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
                    List<String> fields = JsonPath.read(result.getResponse().getContentAsString(),
                            "$.errors[*].field");
                    assertThat(fields).containsExactly(parameter[0]);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void every_request_field_is_bounded_text_a_bounded_list_or_a_plausible_date() {
        assertThat(api().unboundedRequestFields()).isEmpty();
    }

    @Test
    void path_tricks_get_a_problem_not_a_500() throws Exception {
        String base = api().writeEndpoints().get(0).path().replaceAll("/\\{.*", "");
        for (String trick : List.of(base + "/..%2F..%2Factuator", base + "/%2e%2e/x", base + "/a%2Fb",
                base + "/x;jsessionid=1", base + "/%00", base + "//x", base + "/" + "x".repeat(3000))) {
            MvcResult result = http.perform(get(java.net.URI.create(trick)).with(userWith(Roles.STAFF))).andReturn();
            assertThat(result.getResponse().getStatus()).as(trick).isIn(400, 403, 404);
            assertThat(result.getResponse().getContentType()).as(trick).startsWith("application/problem+json");
        }
    }

    /** A user with {@code role}, in an organisation unless the role is the federation analyst's. */
    protected static RequestPostProcessor userWith(String role) {
        return Roles.FEDERATION_ANALYST.equals(role) ? TestTokens.user("analyst", role)
                : TestTokens.user("someone-" + role, role, "smes");
    }

    @Test
    void a_body_of_the_wrong_type_unreadable_or_missing_and_a_method_not_allowed_answer_problem_json()
            throws Exception {
        Endpoint endpoint = api().writeEndpoints().stream().filter(write -> api().allowedRole(write) != null)
                .filter(write -> Stream.of(write.handler().getMethodParameters()).anyMatch(parameter ->
                        parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                                && parameter.getParameterAnnotation(
                                        org.springframework.web.bind.annotation.RequestBody.class).required()))
                .findFirst().orElseThrow();
        RequestPostProcessor user = userWith(api().allowedRole(endpoint));
        HttpMethod method = HttpMethod.valueOf(endpoint.method().name());
        MvcResult wrongType = http.perform(request(method, endpoint.samplePath()).with(user)
                .contentType(MediaType.TEXT_PLAIN).content("x")).andReturn();
        MvcResult unreadable = send(method, endpoint.samplePath(), user, "{\"a\":");
        MvcResult missing = http.perform(request(method, endpoint.samplePath()).with(user)
                .contentType(MediaType.APPLICATION_JSON)).andReturn();
        java.util.Set<String> mapped = new java.util.HashSet<>();
        for (Endpoint other : api().endpoints().toList()) {
            if (other.path().equals(endpoint.path())) {
                mapped.add(other.method().name());
            }
        }
        String unmapped = Stream.of("PUT", "PATCH", "DELETE", "POST").filter(name -> !mapped.contains(name))
                .findFirst().orElseThrow();
        MvcResult notAllowed = http.perform(request(HttpMethod.valueOf(unmapped), endpoint.samplePath())
                .with(user)).andReturn();
        assertThat(List.of(wrongType, unreadable, missing, notAllowed)).extracting(
                result -> result.getResponse().getStatus() + " " + result.getResponse().getContentType())
                .as(endpoint.toString()).containsExactly("415 application/problem+json",
                        "400 application/problem+json", "400 application/problem+json",
                        "405 application/problem+json");
    }

    @Test
    void the_api_document_declares_the_token_the_problem_answers_and_the_bounds() throws Exception {
        String document = apiDocument();
        assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        for (Endpoint endpoint : api().writeEndpoints()) {
            String operation = "$.paths['" + endpoint.path() + "']." + endpoint.method().name().toLowerCase();
            assertThat(JsonPath.<List<String>>read(document, operation + ".security[*].bearer")).as(operation)
                    .isNotEmpty();
            Map<String, Object> declared = JsonPath.read(document, operation);
            boolean input = declared.containsKey("requestBody") || declared.containsKey("parameters");
            for (String status : input ? List.of("400", "401", "403", "409", "429", "503")
                    : List.of("401", "403", "409", "429", "503")) {
                assertThat(JsonPath.<Map<String, Object>>read(document, operation + ".responses['" + status
                        + "'].content")).as(operation + " " + status).containsKey("application/problem+json");
            }
        }
        for (Class<?> type : api().requestTypes()) {
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                String property = "$.components.schemas." + type.getSimpleName() + ".properties."
                        + component.getName();
                jakarta.validation.constraints.Size size = annotation(component,
                        jakarta.validation.constraints.Size.class);
                if (size != null && size.max() < Integer.MAX_VALUE) {
                    Map<String, Object> schema = JsonPath.read(document, property);
                    assertThat(schema.get(component.getType() == String.class ? "maxLength"
                            : java.util.Map.class.isAssignableFrom(component.getType()) ? "maxProperties"
                            : "maxItems")).as(property).isEqualTo(size.max());
                }
                jakarta.validation.constraints.Min min = annotation(component,
                        jakarta.validation.constraints.Min.class);
                jakarta.validation.constraints.Max max = annotation(component,
                        jakarta.validation.constraints.Max.class);
                if (min != null || max != null || annotation(component,
                        jakarta.validation.constraints.PositiveOrZero.class) != null) {
                    Map<String, Object> schema = JsonPath.read(document, property);
                    assertThat(((Number) schema.get("minimum")).longValue()).as(property + " minimum")
                            .isEqualTo(min == null ? 0 : min.value());
                    if (max != null) {
                        assertThat(((Number) schema.get("maximum")).longValue()).as(property + " maximum")
                                .isEqualTo(max.value());
                    }
                }
            }
        }
    }

    @Test
    void every_operation_of_the_api_document_has_a_tag_and_a_summary() throws Exception {
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(apiDocument(), "$.paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                missing.add(method + " " + path + ": no tag");
            }
            if (isBlank(operation.get("summary")) && isBlank(operation.get("description"))) {
                missing.add(method + " " + path + ": no summary");
            }
        }));
        assertThat(missing).isEmpty();
    }

    /**
     * The OWASP API Security rules that matter here, checked in Java (the Spectral OWASP ruleset needs Node, which
     * the build does not have): see {@link ApiDocumentRules}. The exceptions the code justifies are in
     * docs/bad-input.md.
     */
    @Test
    void the_api_document_passes_the_owasp_api_security_rules() throws Exception {
        List<String> violations = ApiDocumentRules.violations(apiDocument());
        List<String> exceptions = justifiedApiDocumentExceptions();
        assertThat(violations).filteredOn(violation -> exceptions.stream().noneMatch(violation::contains))
                .isEmpty();
        assertThat(exceptions).as("exceptions no longer needed: remove them here and from docs/bad-input.md")
                .allMatch(exception -> violations.stream().anyMatch(violation -> violation.contains(exception)));
    }

    /**
     * The request fields that break an {@link ApiDocumentRules} rule for a reason docs/bad-input.md gives, each as
     * {@code Record.field: } (a part of the violation's line); none by default.
     */
    protected List<String> justifiedApiDocumentExceptions() {
        return List.of();
    }

    private String apiDocument() throws Exception {
        return http.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    }

    private static boolean isBlank(Object text) {
        return !(text instanceof String string) || string.isBlank();
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(
            java.lang.reflect.RecordComponent component, Class<A> type) {
        A found = component.getAnnotation(type);
        return found != null ? found : component.getAnnotatedType().getAnnotation(type);
    }

    /** Sends {@code json} as the body of {@code method path}. */
    protected MvcResult send(HttpMethod method, String path, RequestPostProcessor user, String json)
            throws Exception {
        return http.perform(request(method, path).with(user).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn();
    }

    /** A JSON array of {@code count} distinct strings. */
    protected static String jsonList(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "\"x" + i + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    /** Asserts a 400 whose errors name exactly {@code field} with {@code code}. */
    protected static void assertRefused(MvcResult result, String field, String code) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        String body = result.getResponse().getContentAsString();
        List<String> codes = JsonPath.read(body, "$.errors[?(@.field == '" + field + "')].code");
        assertThat(codes).as(body).containsExactly(code);
    }
}
