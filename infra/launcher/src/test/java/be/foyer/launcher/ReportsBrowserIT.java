package be.foyer.launcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Reports in a real Chromium (issue 12): chloe reads her dashboard and sets a target from next month on, and this
 * month's and last month's targets stay as they were; gina downloads the re-affiliation programme's annual PDF, whose
 * text (read with PDFBox) holds its headings and figures and none of the demo's names. axe-core on every page visited.
 */
@EnabledIf(value = "be.foyer.launcher.BrowserPlatform#chromiumInstalled",
        disabledReason = "no Chromium at /usr/bin/chromium (Debian package chromium; .ci/run installs it)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(20)
class ReportsBrowserIT extends BrowserScenarios {

    /** Names the demo data gives tenants; none may reach a report. */
    private static final List<String> DEMO_NAMES = List.of("Vandenberghe", "Marc", "Fatima", "Sara", "Dumont");

    @Test
    @Order(1)
    void chloe_reads_her_dashboard_and_sets_a_target_from_next_month_on() throws Exception {
        YearMonth now = YearMonth.now(BRUSSELS);
        JsonNode thisMonthBefore = target("chloe", now);
        JsonNode lastMonthBefore = target("chloe", now.minusMonths(1));
        int wanted = thisMonthBefore.isNumber() ? thisMonthBefore.asInt() + 3 : 12;
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "chloe");
            page.navigate(url("/reports"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            // every chart has its data table, folded under the chart until asked for
            page.locator("main details summary").first().click();
            assertThat(page.locator("main details table").first()).isVisible();
            checkPage(page, "chloe's dashboard");
            screenshot(page, "reports-dashboard");

            page.navigate(url("/reports/targets"));
            assertThat(page.locator("[name=from]")).hasValue(now.plusMonths(1).toString());
            page.locator("[name='targets.tenantsMetIndividually']").fill(String.valueOf(wanted));
            checkPage(page, "targets");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les objectifs")).click();
            page.waitForLoadState();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.locator("main")).containsText(String.valueOf(wanted));
            checkPage(page, "targets saved");
        }
        assertThat(target("chloe", now)).as("this month keeps its target").isEqualTo(thisMonthBefore);
        assertThat(target("chloe", now.minusMonths(1))).as("last month keeps its target").isEqualTo(lastMonthBefore);
        JsonNode history = api("GET", "/api/reports/targets", "chloe", null).path("history");
        assertThat(history.toString()).contains("\"from\":\"" + now.plusMonths(1) + "\"")
                .contains("\"target\":" + wanted);
    }

    @Test
    @Order(2)
    void gina_downloads_the_programmes_annual_pdf_with_its_figures_and_no_names() throws Exception {
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "gina");
            page.navigate(url("/reports"));
            checkPage(page, "reports (analyst)");
            page.locator("main a[href^='/reports/programmes/reaffiliation-hf']").first().click();
            page.waitForURL(u -> u.contains("/reports/programmes/reaffiliation-hf"));
            checkPage(page, "the programme's report");
            screenshot(page, "reports-programme");
            Download download = page.waitForDownload(() -> page.locator("a[href*='annual.pdf']").first().click());
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String text;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document);
            }
            assertThat(text).contains(String.valueOf(YearMonth.now(BRUSSELS).getYear()));
            assertThat(text).containsIgnoringCase("réaffiliation");
            assertThat(text).matches("(?s).*\\d.*");
            DEMO_NAMES.forEach(name -> assertThat(text).doesNotContain(name));
        }
    }

    @Test
    @Order(3)
    void chloe_reads_her_annual_report_in_dutch_on_a_phone_without_names() {
        int year = YearMonth.now(BRUSSELS).getYear();
        try (BrowserContext context = newContext("nl-BE", 360, 800)) {
            Page page = context.newPage();
            signIn(page, "chloe");
            page.navigate(url("/reports/annual?year=" + year));
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(String.valueOf(year));
            assertThat(page.locator("main table").first()).isVisible();
            assertThat(page.locator("main a[href*='annual.pdf']")).hasCount(1);
            String main = page.locator("main").innerText();
            DEMO_NAMES.forEach(name -> assertThat(main).doesNotContain(name));
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            checkPage(page, "the annual report (nl, 360 px)");
            screenshot(page, "reports-annual-nl-phone");
        }
    }

    @Test
    @Order(4)
    void a_period_typed_wrong_is_said_at_the_top_and_beside_the_field_in_dutch_on_a_phone() {
        YearMonth now = YearMonth.now(BRUSSELS);
        try (BrowserContext context = newContext("nl-BE", 360, 800)) {
            Page page = context.newPage();
            signIn(page, "chloe");
            page.navigate(url("/reports?period=range&from=" + now + "&to=" + now.minusMonths(3)));
            Locator summary = page.locator(".govuk-error-summary");
            assertThat(summary).isVisible();
            assertThat(summary.locator("a[href='#to']")).hasCount(1);
            assertThat(page.locator("#to-error")).isVisible();
            assertThat(page.locator("[name=from]")).hasValue(now.toString());
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
            checkPage(page, "the dashboard's period typed wrong (nl, 360 px)");
            screenshot(page, "reports-period-error-nl-phone");
        }
    }

    @Test
    @Order(100)
    void axe_core_finds_no_serious_or_critical_violation_on_any_page_visited() {
        assertNoSeriousAxeViolation();
    }

    /** This organisation's target of tenants met individually in that month, as its monthly report says. */
    private static JsonNode target(String user, YearMonth month) throws Exception {
        return api("GET", "/api/reports/monthly?month=" + month, user, null).path("indicators")
                .path("tenantsMetIndividually").path("target");
    }
}
