package be.foyer.platform.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what reaches the servlet container's error page ({@code /error}) as problem+json: a 404 for a path no
 * controller maps, a 406 whose problem could not be written in the asked type, a refusal of the container itself.
 * Boot's own error controller answers HTML or a JSON of its own shape; this one writes the body directly, whatever
 * the {@code Accept} header, and never the exception or its message (they can hold internals or the refused
 * address).
 */
@Controller // registered by FoyerWebAutoConfiguration; Spring MVC maps only @Controller types
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private final JsonMapper json;

    public ProblemErrorController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailFor(status));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        // /error called directly, or a status Spring does not know: nothing the caller sent is named
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is not one this service can read: its address or headers are refused.";
            case NOT_FOUND -> "No endpoint answers this address.";
            case METHOD_NOT_ALLOWED -> "This endpoint does not answer this method.";
            case NOT_ACCEPTABLE -> "This endpoint cannot answer in the type the Accept header asks for.";
            case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not read a body of this content type.";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            case UNAUTHORIZED -> "A valid access token is required: log in again or ask Keycloak for a new token.";
            case FORBIDDEN -> "Your role does not allow this action.";
            default -> status.is4xxClientError() ? "The request was refused."
                    : "Something went wrong on our side; nothing you sent is at fault. Please try again.";
        };
    }
}
