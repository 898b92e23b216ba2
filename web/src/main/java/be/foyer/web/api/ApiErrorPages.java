package be.foyer.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders what the API answered when a controller does not handle it itself: the not-found page (unknown and other
 * organisation's records alike), the not-allowed page, the service-unavailable page naming the service. An htmx
 * request gets the page's main content swapped into {@code #main-content} (foyer.js lets htmx swap these statuses).
 */
@ControllerAdvice
public class ApiErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorPages.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        return page("error/404", HttpStatus.NOT_FOUND, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(HttpServletResponse response) {
        return page("error/403", HttpStatus.FORBIDDEN, response);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ModelAndView unavailable(ServiceUnavailableException failure, HttpServletResponse response) {
        log.warn("{}", failure.getMessage());
        return page("error/503", HttpStatus.SERVICE_UNAVAILABLE, response)
                .addObject("unavailableService", failure.service().key());
    }

    /** The API no longer accepts the session's token: end the session, the next request signs in again. */
    @ExceptionHandler(ReauthenticationRequiredException.class)
    ModelAndView reauthenticate(ReauthenticationRequiredException failure, HttpServletRequest request,
            HttpServletResponse response) {
        log.info("Signing the user in again: {}{}", failure.getMessage(),
                failure.getCause() == null ? "" : " (" + failure.getCause().getMessage() + ")");
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String again = "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : "/";
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("HX-Redirect", again);
            return new ModelAndView();
        }
        return new ModelAndView("redirect:" + again);
    }

    private static ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        // htmx: replace the main content, not the target element, with the page's own main content
        response.setHeader("HX-Retarget", "#main-content");
        response.setHeader("HX-Reswap", "innerHTML");
        response.setHeader("HX-Reselect", "#main-content > *");
        return page;
    }
}
