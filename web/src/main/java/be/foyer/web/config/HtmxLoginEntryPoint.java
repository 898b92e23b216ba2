package be.foyer.web.config;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A page request without a session goes to Keycloak's sign-in. An htmx request must not: its answer would be swapped
 * into a fragment. It gets 401 with {@code HX-Redirect} to the page the browser shows, which then takes the normal
 * path (saved request, sign-in, back to that page).
 */
final class HtmxLoginEntryPoint implements AuthenticationEntryPoint {

    static final String HX_REQUEST = "HX-Request";
    private final LoginUrlAuthenticationEntryPoint pages;

    HtmxLoginEntryPoint(String loginPath) {
        this.pages = new LoginUrlAuthenticationEntryPoint(loginPath);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (request.getHeader(HX_REQUEST) == null) {
            pages.commence(request, response, failure);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("HX-Redirect", pageShown(request));
    }

    /** The path of HX-Current-URL (never another host), or the home page. */
    static String pageShown(HttpServletRequest request) {
        String current = request.getHeader("HX-Current-URL");
        try {
            URI uri = current == null ? null : URI.create(current);
            if (uri != null && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            }
        } catch (IllegalArgumentException badHeader) {
            // fall through to the home page
        }
        return request.getContextPath() + "/";
    }
}
