package be.foyer.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.client.ClientHttpResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns an API error answer (RFC 9457 problem+json, or anything else) into the exception pages handle. */
final class ApiErrorTranslator {

    private final JsonMapper json;

    ApiErrorTranslator(JsonMapper json) {
        this.json = json;
    }

    RuntimeException translate(String path, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        return switch (status) {
            case 400, 409, 422 -> problem(status, response);
            case 401 -> new ReauthenticationRequiredException("the API refused the access token", null);
            case 403 -> new ForbiddenException(path);
            case 404 -> new NotFoundException(path);
            default -> status >= 500
                    ? new ServiceUnavailableException(ApiService.of(path), "status " + status, null)
                    // an unexpected 4xx is a bug on this side, not something the user can fix
                    : new IllegalStateException("API answered " + status + " to " + path);
        };
    }

    private ApiProblemException problem(int status, ClientHttpResponse response) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(response.getBody());
        } catch (JacksonException notJson) {
            return new ApiProblemException(status, null, List.of());
        }
        List<ApiFieldError> fieldErrors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            fieldErrors.add(new ApiFieldError(text(error, "field"), text(error, "code"), text(error, "message")));
        }
        return new ApiProblemException(status, text(body, "detail"), fieldErrors);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
