package be.foyer.web.api;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import be.foyer.web.config.SecurityConfig;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API through the gateway, as the signed-in user: every call carries the user's own access token (Bearer),
 * refreshed first when it expires within a minute. Paths are the gateway's ({@code /api/tenants/{id}}), with
 * {@code {}} variables filled from {@code uriVariables}.
 * <p>
 * Answers other than 2xx become exceptions that {@link ApiErrorPages} renders, or that a form controller catches:
 * {@link ApiProblemException} (400/409/422), {@link NotFoundException}, {@link ForbiddenException},
 * {@link ReauthenticationRequiredException} (401), {@link ServiceUnavailableException} (5xx, unreachable, timeout).
 */
@Component
public class ApiClient {

    private final RestClient rest;
    private final OAuth2AuthorizedClientManager authorizedClients;

    ApiClient(@Value("${foyer.api-url}") String apiUrl,
            @Value("${foyer.api.connect-timeout}") Duration connectTimeout,
            @Value("${foyer.api.read-timeout}") Duration readTimeout,
            OAuth2AuthorizedClientManager authorizedClients, JsonMapper json) {
        // HTTP/1.1: the JDK client otherwise tries an h2c upgrade on plain http, which some servers cancel mid-POST
        // (RST_STREAM), and a refused upgrade would show the user a "service unavailable" page for nothing.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        ApiErrorTranslator errors = new ApiErrorTranslator(json);
        this.rest = RestClient.builder()
                .baseUrl(apiUrl)
                .requestFactory(requests)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw errors.translate(request.getURI().getPath(), response);
                })
                .build();
        this.authorizedClients = authorizedClients;
    }

    public <T> T get(String path, Class<T> type, Object... uriVariables) {
        return call(path, () -> request(HttpMethod.GET, path, uriVariables).retrieve().body(type));
    }

    public <T> T get(String path, ParameterizedTypeReference<T> type, Object... uriVariables) {
        return call(path, () -> request(HttpMethod.GET, path, uriVariables).retrieve().body(type));
    }

    /** A file the API produces on demand ({@code Accept: text/csv}, {@code application/pdf}), as bytes. */
    public byte[] download(String path, MediaType accept, Object... uriVariables) {
        return call(path, () -> request(HttpMethod.GET, path, uriVariables).accept(accept).retrieve().body(byte[].class));
    }

    /** POST a JSON body; the answer's body as {@code type} (e.g. a record holding {@code id}). */
    public <T> T post(String path, Object body, Class<T> type, Object... uriVariables) {
        return call(path, () -> request(HttpMethod.POST, path, uriVariables).body(body).retrieve().body(type));
    }

    public <T> T put(String path, Object body, Class<T> type, Object... uriVariables) {
        return call(path, () -> request(HttpMethod.PUT, path, uriVariables).body(body).retrieve().body(type));
    }

    public <T> T patch(String path, Object body, Class<T> type, Object... uriVariables) {
        return call(path, () -> request(HttpMethod.PATCH, path, uriVariables).body(body).retrieve().body(type));
    }

    public void delete(String path, Object... uriVariables) {
        call(path, () -> request(HttpMethod.DELETE, path, uriVariables).retrieve().toBodilessEntity());
    }

    private RestClient.RequestBodySpec request(HttpMethod method, String path, Object[] uriVariables) {
        String token = accessToken();
        return rest.method(method).uri(path, uriVariables).headers(headers -> headers.setBearerAuth(token));
    }

    private static <T> T call(String path, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnavailableException(ApiService.of(path), unreachable.getMessage(), unreachable);
        }
    }

    private String accessToken() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client;
        try {
            client = authorizedClients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(SecurityConfig.REGISTRATION_ID).principal(user).build());
        } catch (OAuth2AuthorizationException refused) {
            // no token in the session, or Keycloak refused the refresh (session ended there)
            throw new ReauthenticationRequiredException("no usable access token", refused);
        }
        if (client == null) {
            throw new ReauthenticationRequiredException("not signed in", null);
        }
        return client.getAccessToken().getTokenValue();
    }
}
