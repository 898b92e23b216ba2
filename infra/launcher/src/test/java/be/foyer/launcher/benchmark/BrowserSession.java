package be.foyer.launcher.benchmark;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser without a browser: a cookie-keeping HTTP client that signs in the way a browser does
 * (authorization code flow through the gateway, Keycloak's two-step sign-in form) and then holds only the session
 * cookie of web, as a browser would.
 */
final class BrowserSession {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");

    private final HttpClient http;
    private final String gatewayUrl;

    BrowserSession(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Opens the home page, signs in on Keycloak's pages (user name, then password) and lands back on it. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/");
        for (int step = 0; step < 4 && !page.uri().toString().startsWith(gatewayUrl); step++) {
            page = submitSignInForm(page, username, password);
        }
        if (!page.uri().toString().startsWith(gatewayUrl) || page.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + " ended on " + page.statusCode() + " "
                    + page.uri());
        }
    }

    private HttpResponse<String> submitSignInForm(HttpResponse<String> page, String username, String password)
            throws IOException, InterruptedException {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            Map<String, String> formAttributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(formAttributes.getOrDefault("method", ""))) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> in = attributes(input.group(1));
                String name = in.get("name");
                if (name == null || "checkbox".equalsIgnoreCase(in.get("type"))) {
                    continue;
                }
                fields.put(name, switch (name) {
                    case "username" -> username;
                    case "password" -> password;
                    default -> in.getOrDefault("value", "");
                });
            }
            if (!fields.containsKey("username") && !fields.containsKey("password")) {
                continue;
            }
            URI action = page.uri().resolve(unescape(formAttributes.get("action")));
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
        throw new IllegalStateException("no sign-in form on " + page.uri() + " (" + page.statusCode() + "): "
                + page.body().substring(0, Math.min(3000, page.body().length())));
    }

    /** A page of web through the gateway, redirects followed. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(), unescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html == null ? "" : html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#x3D;", "=")
                .replace("&#61;", "=");
    }

    /**
     * Cookies as a browser keeps them for {@code http://localhost}: Keycloak marks its sign-in cookies
     * {@code Secure}, which browsers send to localhost over plain http (a secure context) but the JDK's
     * {@code CookieManager} never does. Kept by name and path; ports are ignored, as browsers do.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String header = cookies.values().stream()
                    .filter(cookie -> !cookie.hasExpired())
                    .filter(cookie -> cookie.getPath() == null || path.startsWith(cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            String key = cookie.getName() + "|" + cookie.getPath();
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(key);
                            } else {
                                cookies.put(key, cookie);
                            }
                        }
                    }
                }
            });
        }
    }
}
