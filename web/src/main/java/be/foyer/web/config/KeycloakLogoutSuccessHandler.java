package be.foyer.web.config;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * RP-initiated logout: after the local session is gone, ends the Keycloak session too, so that the next sign-in asks
 * for the password again. Spring's OidcClientInitiatedLogoutSuccessHandler needs the end-session endpoint from
 * discovery metadata, which web deliberately does not fetch; the endpoint is configured instead.
 */
final class KeycloakLogoutSuccessHandler implements LogoutSuccessHandler {

    private final String endSessionUri;
    private final String signedOutPath;

    KeycloakLogoutSuccessHandler(String endSessionUri, String signedOutPath) {
        this.endSessionUri = endSessionUri;
        this.signedOutPath = signedOutPath;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        // {baseUrl} as the browser sees it: the gateway's address, from X-Forwarded-* (forward-headers-strategy).
        String signedOut = ServletUriComponentsBuilder.fromContextPath(request).path(signedOutPath).toUriString();
        if (!(authentication != null && authentication.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(signedOut);
            return;
        }
        String logout = UriComponentsBuilder.fromUriString(endSessionUri)
                .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                .queryParam("post_logout_redirect_uri", signedOut)
                .encode()
                .toUriString();
        response.sendRedirect(logout);
    }
}
