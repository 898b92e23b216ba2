package be.foyer.platform.problem;

import be.foyer.platform.domain.FieldError;
import be.foyer.platform.domain.FieldErrorCode;
import be.foyer.platform.domain.InvalidInputException;
import be.foyer.platform.domain.NoSuchRecordException;
import be.foyer.platform.domain.NotPermittedException;
import be.foyer.platform.domain.RuleViolationException;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every error a controller can meet into RFC 9457 problem+json that tells a person what to fix. A 400 lists
 * the fields at fault under {@code errors}.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NoSuchRecordException.class)
    ProblemDetail notFound(NoSuchRecordException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail conflict(RuleViolationException e) {
        return withErrors(problem(HttpStatus.CONFLICT, e.getMessage()), e.errors());
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail forbidden(NotPermittedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail badRequest(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, e.getMessage()), e.errors());
    }

    /** {@code @PreAuthorize} refusals reach the advice before the security filter could answer them. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Your role does not allow this action.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing you sent is at fault. Please try again.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), ConstraintCodes.of(error, error.getRejectedValue()),
                        error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, describe(errors)), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                ConstraintCodes.of(error, result.getArgument()), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, describe(errors)), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this endpoint.");
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            Class<?> type = databind instanceof InvalidFormatException invalid ? invalid.getTargetType() : null;
            FieldError error = new FieldError(field, codeForType(type), messageForType(type));
            problem.setDetail(field + ": " + error.message());
            withErrors(problem, List.of(error));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query or path parameter that does not convert, e.g. {@code ?from=tomorrow} for a date. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        FieldError error = new FieldError(field, codeForType(e.getRequiredType()), messageForType(e.getRequiredType()));
        return ResponseEntity.badRequest().body(withErrors(
                problem(HttpStatus.BAD_REQUEST, field + ": " + error.message()), List.of(error)));
    }

    private static FieldErrorCode codeForType(Class<?> type) {
        return type == null ? FieldErrorCode.INVALID_FORMAT
                : type.isEnum() ? FieldErrorCode.NOT_ALLOWED
                : Temporal.class.isAssignableFrom(type) ? FieldErrorCode.NOT_A_DATE
                : isWholeNumber(type) ? FieldErrorCode.NOT_A_NUMBER
                : FieldErrorCode.INVALID_FORMAT;
    }

    private static String messageForType(Class<?> type) {
        return type == null ? "has a value of the wrong type or format"
                : type.isEnum() ? "must be one of " + enumValues(type)
                : type == LocalDate.class ? "must be a date (YYYY-MM-DD)"
                : Temporal.class.isAssignableFrom(type) ? "must be a date and time (ISO 8601)"
                : isWholeNumber(type) ? "must be a whole number"
                : "has a value of the wrong type or format";
    }

    private static boolean isWholeNumber(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    private static String enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return java.util.Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String describe(List<FieldError> errors) {
        return InvalidInputException.describe(errors);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
