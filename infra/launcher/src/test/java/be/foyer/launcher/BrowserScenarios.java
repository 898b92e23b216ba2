package be.foyer.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * What every browser suite does: open a context in a language, sign in on Keycloak's page, run axe-core on each
 * page visited (its serious and critical findings fail the suite's last test), take screenshots, call the API as a
 * demo user. The platform and the browser are {@link BrowserPlatform}'s, shared by the suites of a run.
 */
@ExtendWith(BrowserPlatform.Shared.class)
abstract class BrowserScenarios {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    /** Axe findings that fail the suite; "moderate" and "minor" ones are printed only. */
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");
    private static final Map<String, List<String>> AXE_FINDINGS = new LinkedHashMap<>();
    private static final List<String> AXE_PAGES = new ArrayList<>();

    @BeforeAll
    static void forgetThePreviousSuitesPages() {
        AXE_FINDINGS.clear();
        AXE_PAGES.clear();
    }

    static BrowserPlatform shared() {
        return BrowserPlatform.current();
    }

    static BrowserContext newContext(String locale) {
        return newContext(locale, 1280, 900);
    }

    static BrowserContext newContext(String locale, int width, int height) {
        BrowserContext context = shared().browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setTimezoneId("Europe/Brussels")
                .setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context;
    }

    static String url(String path) {
        return shared().url(path);
    }

    /** Keycloak's page of this realm asks the user name first, then the password on a second page. */
    static void signIn(Page page, String username) {
        page.navigate(url("/"));
        page.locator("#username").fill(username);
        page.locator("#kc-login").click();
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(u -> u.startsWith(shared().platform.gatewayUrl()));
        page.waitForLoadState();
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and keeps what it finds for the suite's last test. */
    static void checkPage(Page page, String name) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        AXE_PAGES.add(name);
        List<String> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder where = new StringBuilder();
            rule.getNodes().stream().limit(3).forEach(n -> where.append(" | ").append(n.getTarget()).append(' ')
                    .append(n.getHtml().length() > 160 ? n.getHtml().substring(0, 160) + "..." : n.getHtml()));
            findings.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ")" + where);
        }
        if (!findings.isEmpty()) {
            AXE_FINDINGS.computeIfAbsent(name + " " + page.url().replace(shared().platform.gatewayUrl(), ""),
                    k -> new ArrayList<>()).addAll(findings);
        }
    }

    /** The suite's last test: prints every finding, fails on serious and critical ones. */
    static void assertNoSeriousAxeViolation() {
        System.out.println("axe-core checked " + AXE_PAGES.size() + " pages: " + AXE_PAGES);
        AXE_FINDINGS.forEach((pageName, findings) -> findings.forEach(f -> System.out.println("axe " + pageName + ": " + f)));
        assertThat(AXE_PAGES).isNotEmpty();
        Map<String, List<String>> blocking = new LinkedHashMap<>();
        AXE_FINDINGS.forEach((pageName, findings) -> {
            List<String> serious = findings.stream().filter(f -> BLOCKING_IMPACTS.stream().anyMatch(f::startsWith)).toList();
            if (!serious.isEmpty()) {
                blocking.put(pageName, serious);
            }
        });
        assertThat(blocking).as("serious or critical axe-core violations").isEmpty();
    }

    /** With FOYER_SCREENSHOTS set: the page at 1280 and at 360 px wide, full length. */
    static void screenshot(Page page, String name) {
        if (shared().screenshots.isEmpty()) {
            return;
        }
        var size = page.viewportSize();
        for (int width : new int[] {1280, 360}) {
            page.setViewportSize(width, width == 360 ? 780 : 900);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(shared().screenshots.get().resolve(name + "-" + width + ".png")));
        }
        page.setViewportSize(size.width, size.height);
    }

    static LocalDate today() {
        return LocalDate.now(BRUSSELS);
    }

    /** Presses Tab until the focused element matches the selector (and holds the text, if given). */
    static void tabTo(Page page, String selector, String... text) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            Object hit = page.evaluate("([s, t]) => { const e = document.activeElement; return !!e && e.matches(s)"
                    + " && (!t || e.innerText.includes(t)); }", List.of(selector, text.length > 0 ? text[0] : ""));
            if (Boolean.TRUE.equals(hit)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " " + String.join("", text));
    }

    /** The API through the gateway as a demo user; fails on anything but 2xx. */
    static JsonNode api(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + shared().platform.accessToken(user))
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
