package be.foyer.housing.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link FieldConflictException} before the platform's advice, which would drop its field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FieldConflictAdvice {

    @ExceptionHandler(FieldConflictException.class)
    ProblemDetail conflict(FieldConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
