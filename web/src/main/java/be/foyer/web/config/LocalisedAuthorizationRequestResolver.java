package be.foyer.web.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spring's authorization request plus {@code ui_locales}, so that Keycloak's sign-in page speaks the user's language.
 * PKCE (S256) is Spring's own: in Security 7 every registration requires a proof key unless its
 * {@code ClientSettings} say otherwise, confidential clients such as foyer-web included (SignInTest checks it).
 */
final class LocalisedAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final LocaleResolver localeResolver;

    LocalisedAuthorizationRequestResolver(ClientRegistrationRepository registrations, LocaleResolver localeResolver) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        this.localeResolver = localeResolver;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return localise(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return localise(request, delegate.resolve(request, clientRegistrationId));
    }

    private OAuth2AuthorizationRequest localise(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        if (authorization == null) {
            return null;
        }
        String language = localeResolver.resolveLocale(request).getLanguage();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }
}
