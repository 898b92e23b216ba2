package be.foyer.platform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import be.foyer.platform.domain.FieldErrorCode;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes each service's OpenAPI document say what the platform enforces: the bearer token on every operation that
 * needs one, and the problem+json answers each operation can give (400 for parameters or a body, 401 and 403 where
 * a token is needed, 404 for a path naming a record, 409 for writes, 413 for bodies, 429 and 503 from the gateway).
 * Bean-validation bounds (maxLength, maxItems, minimum, maximum) come from the request records' annotations; a
 * parameter or whole number without one gets the bound the server or the type sets (docs/bad-input.md).
 */
public class ApiDocumentProblems implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final List<PathPattern> openPaths;
    private final int requestHeadLimit;

    /**
     * @param requestHeadLimit the bytes the server reads of a request line and headers, which bound every query
     *        and path parameter ({@code server.max-http-request-header-size})
     * @param openPaths the paths answered without a token (the service's {@code foyer.security.open-paths})
     */
    public ApiDocumentProblems(int requestHeadLimit, String... openPaths) {
        this.requestHeadLimit = requestHeadLimit;
        this.openPaths = Arrays.stream(openPaths).filter(path -> !path.isBlank())
                .map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token of the Foyer realm (foyer-cli or foyer-web)."));
        components.addSchemas(PROBLEM, problemSchema());
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDocumentProblems::boundWholeNumbers);
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = openPaths.stream().noneMatch(open -> open.matches(PathContainer.parsePath(path)));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        // An empty requirement says "no token needed" explicitly, so that no reader takes it for an oversight.
        operation.setSecurity(List.of(secured ? new SecurityRequirement().addList(BEARER)
                : new SecurityRequirement()));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> bound(parameter.getSchema()));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> problems = new LinkedHashMap<>();
        if (hasInput) {
            problems.put("400", "Bad input: every field at fault is named under errors, with a stable code.");
        }
        if (secured) {
            problems.put("401", "No valid access token.");
            problems.put("403", "The caller's role may not do this (checked before the body is read).");
        }
        if (path.contains("{")) {
            problems.put("404", "No such record, or one of another organisation.");
        }
        if (write) {
            problems.put("409", "The request clashes with the current state (capacity, overlap, a closed record).");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "The request body is too large.");
        }
        problems.put("429", "Too many requests: try again after the Retry-After header's seconds.");
        problems.put("503", "A service needed for this is unavailable for now: try again later.");
        problems.forEach((status, description) -> responses.addApiResponse(status, problem(description)));
        // Spring's own answer for anything unexpected is documented by no operation: it is never a contract.
        responses.remove("500");
    }

    /**
     * A query or path parameter without a bound of its own is still bounded by the request line the server reads
     * (longer: 400 from the server): say so, rather than leave it looking unbounded.
     */
    private void bound(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        String type = typeOf(schema);
        if ("string".equals(type) && schema.getMaxLength() == null && schema.getPattern() == null
                && schema.getEnum() == null && schema.getFormat() == null) {
            schema.setMaxLength(requestHeadLimit);
        }
        if ("array".equals(type)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(requestHeadLimit / 2); // one character and a comma each at least
            }
            bound(schema.getItems());
        }
        if ("integer".equals(type)) {
            boundByType(schema);
        }
    }

    /** The whole numbers of bodies and answers: their type's range where they have no bound of their own. */
    private static void boundWholeNumbers(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        if ("integer".equals(typeOf(schema))) {
            boundByType(schema);
        }
        boundWholeNumbers(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            boundWholeNumbers(values);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocumentProblems::boundWholeNumbers);
        }
    }

    private static String typeOf(Schema<?> schema) {
        return schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && schema.getTypes().size() == 1 ? schema.getTypes().iterator().next()
                : null;
    }

    /** Beyond its type's range a whole number is refused while the body is read (400), so that is its bound. */
    private static void boundByType(Schema<?> schema) {
        boolean wide = "int64".equals(schema.getFormat());
        if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
            schema.setMinimum(java.math.BigDecimal.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
            schema.setMaximum(java.math.BigDecimal.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE));
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("field", new StringSchema().maxLength(200))
                .addProperty("code", new StringSchema()._enum(Arrays.stream(FieldErrorCode.values())
                        .map(FieldErrorCode::code).toList()))
                .addProperty("message", new StringSchema().maxLength(1000));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").maxLength(2000))
                .addProperty("title", new StringSchema().maxLength(200))
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().maxLength(10000))
                .addProperty("instance", new StringSchema().format("uri-reference").maxLength(2000))
                .addProperty("errors", new ArraySchema().items(error).maxItems(1000));
    }
}
