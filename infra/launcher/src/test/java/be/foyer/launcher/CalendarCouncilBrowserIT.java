package be.foyer.launcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The shared calendar and the tenants' council in a real Chromium (issue 11): farid plans a monthly writing workshop
 * in French with the recurrence picker; alice registers one tenant to the whole series and another to one date; the
 * ninth registration of a date is waitlisted and gets the place when one is withdrawn; eva registers the tenant she
 * accompanies; farid takes attendance on a 360-pixel-wide screen with two neighbours counted; a council meeting gets
 * an anonymous agenda item, minutes and a decision, which is then linked to a new activity; the decisions log shows
 * it and the printable summary shows in Dutch. axe-core runs on every page visited.
 *
 * <p>The workshop starts an hour ago (today), so that its first date can be attended, and repeats on that day of
 * the month six times.
 */
@EnabledIf(value = "be.foyer.launcher.BrowserPlatform#chromiumInstalled",
        disabledReason = "no Chromium at /usr/bin/chromium (Debian package chromium; .ci/run installs it)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(10)
class CalendarCouncilBrowserIT extends BrowserScenarios {

    private static final String WORKSHOP = "Atelier d'écriture mensuel " + (System.nanoTime() % 1000);
    private static final String DECIDED = "Demander au syndic de réparer l'éclairage de l'escalier "
            + (System.nanoTime() % 1000);
    private static final String FOLLOW_UP_ACTIVITY = "Rencontre avec le syndic " + (System.nanoTime() % 1000);
    private static final LocalDateTime START = startedToday();

    private static String workshopId;
    private static List<JsonNode> workshopDates;
    private static String meetingUrl;
    private static String decisionUrl;

    /** An hour ago, but today: just after midnight, midnight. */
    private static LocalDateTime startedToday() {
        LocalDateTime now = LocalDateTime.now(BRUSSELS).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime anHourAgo = now.minusHours(1);
        return anHourAgo.toLocalDate().equals(now.toLocalDate()) ? anHourAgo : now.toLocalDate().atStartOfDay();
    }

    private static LocalTime endTime() {
        LocalDateTime end = START.plusHours(2);
        return end.toLocalDate().equals(START.toLocalDate()) ? end.toLocalTime() : LocalTime.of(23, 59);
    }

    @Test
    @Order(1)
    void farid_plans_a_monthly_writing_workshop_in_french() throws Exception {
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "farid");
            page.navigate(url("/calendar"));
            checkPage(page, "calendar (farid)");
            follow(page, "Planifier une activité");
            page.waitForURL(u -> u.contains("/calendar/activities/new"));
            page.locator("[name=title]").fill(WORKSHOP);
            page.locator("[name=description]").fill("On écrit ensemble, on lit à voix haute si on veut.");
            page.locator("[name=category]").selectOption("WORKSHOP");
            page.locator("[name=visibility][value=FEDERATION]").check();
            page.locator("[name='place.name']").fill("Bibliothèque des Riches Claires");
            page.locator("[name='place.category']").selectOption("CULTURE");
            page.locator("[name=start]").fill(START.toLocalDate().toString());
            page.locator("[name=startTime]").fill(START.toLocalTime().toString());
            page.locator("[name=end]").fill(endTime().toString());
            page.locator("[name=capacity]").fill("8");
            page.locator("#repeat-monthly").check();
            page.locator("#monthlyBy-day").check();
            page.locator("[name=monthDay]").fill(String.valueOf(START.getDayOfMonth()));
            page.locator("#ends").check();
            page.locator("[name=count]").fill("6");
            assertThat(page.locator("#recurrence-summary")).containsText("de chaque mois");
            checkPage(page, "plan an activity");
            screenshot(page, "plan-activity");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier l’activité")).click();
            page.waitForURL(u -> u.matches(".*/calendar/activities/[^/?]+$") || u.contains("/calendar/activities/") && !u.contains("/new"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("6 fois");
            assertThat(page.locator("main")).not().containsText("FREQ=");
            checkPage(page, "the workshop's dates");
        }
        JsonNode found = api("GET", "/api/activities?from=" + START.toLocalDate() + "&to=" + START.toLocalDate()
                + "&size=100", "farid", null).path("items");
        for (JsonNode item : found) {
            if (WORKSHOP.equals(item.path("title").asText())) {
                workshopId = item.path("activityId").asText();
            }
        }
        assertThat(workshopId).as("the workshop in today's calendar").isNotBlank();
        workshopDates = new ArrayList<>();
        api("GET", "/api/activities/" + workshopId + "/occurrences?from=" + START.toLocalDate() + "&size=10",
                "farid", null).path("items").forEach(workshopDates::add);
        assertThat(workshopDates).hasSize(6);
    }

    @Test
    @Order(2)
    void alice_registers_one_tenant_to_the_series_and_another_to_one_date() throws Exception {
        List<JsonNode> tenants = alicesTenants();
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "alice");
            page.navigate(url("/calendar"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(WORKSHOP)).first().click();
            page.waitForURL(u -> u.contains("/occurrences/"));
            checkPage(page, "a workshop date (alice)");
            register(page, tenants.get(0), "SERIES");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("6 date(s)");

            page.navigate(url(dateAddress(1)));
            register(page, tenants.get(1), "ONE");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("est inscrit(e)");
            assertThat(page.locator("main")).containsText(tenants.get(1).path("firstName").asText());
        }
    }

    @Test
    @Order(3)
    void the_ninth_registration_waits_and_gets_the_place_when_one_is_withdrawn() throws Exception {
        List<JsonNode> tenants = alicesTenants();
        String second = workshopDates.get(1).path("occurrenceId").asText();
        for (int i = 2; i < 8; i++) { // six more: the date is full with eight
            api("POST", "/api/activities/" + workshopId + "/registrations", "alice", "{\"tenantId\":\""
                    + tenants.get(i).path("id").asText() + "\",\"occurrenceId\":\"" + second + "\"}");
        }
        JsonNode ninth = tenants.get(8);
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "alice");
            page.navigate(url(dateAddress(1)));
            register(page, ninth, "ONE");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("liste d’attente (position 1)");
            checkPage(page, "a full date with its waiting list");

            page.locator("a[href*='/registrations/" + registrationOf(tenants.get(1), second) + "/cancel']").click();
            checkPage(page, "withdraw a registration");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oui, désinscrire")).click();
            page.waitForLoadState();
            // names can repeat among generated tenants: the row is found by its registration
            String ninthRegistration = registrationOf(ninth, second);
            var ninthRow = page.locator("main tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator("a[href*='/registrations/" + ninthRegistration + "/']")));
            assertThat(ninthRow).containsText("a reçu une place");
            checkPage(page, "the waiting person got the place");
            screenshot(page, "activity-date");
        }
    }

    @Test
    @Order(4)
    void eva_registers_the_tenant_she_accompanies_and_no_one_else() throws Exception {
        long evasTenants = api("GET", "/api/tenants?size=100", "eva", null).path("total").asLong();
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "eva");
            page.navigate(url(dateAddress(2)));
            follow(page, "Inscrire une personne");
            page.waitForURL(u -> u.endsWith("/register"));
            Locator choices = page.locator("[name=tenantId]");
            assertThat(choices).hasCount((int) Math.min(evasTenants, 10)); // the ones assigned to her, no others
            assertThat(page.locator("main")).containsText("Sara");
            checkPage(page, "register (eva)");
            page.getByLabel(Pattern.compile("Sara")).first().check();
            page.locator("[name=scope][value=ONE]").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire")).click();
            page.waitForLoadState();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sara");
        }
    }

    @Test
    @Order(5)
    void farid_takes_attendance_on_a_phone_with_two_neighbours_counted() {
        try (BrowserContext context = newContext("fr-BE", 360, 780)) {
            Page page = context.newPage();
            signIn(page, "farid");
            page.navigate(url(dateAddress(0)));
            follow(page, "Prendre les présences");
            page.waitForURL(u -> u.endsWith("/attendance"));
            checkPage(page, "attendance sheet (360 px)");
            page.locator("[name=present]").first().check();
            page.locator("[name='outsideParticipants.NEIGHBOUR']").fill("2");
            screenshot(page, "attendance");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les présences")).click();
            page.waitForLoadState();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.locator("[name='outsideParticipants.NEIGHBOUR']")).hasValue("2");
            assertThat(page.locator("[name=present]").first()).isChecked();
            assertThat(page.locator("main")).containsText("1 "); // tenants present, apart from the neighbours
            Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        }
    }

    @Test
    @Order(6)
    void a_council_meeting_gets_an_anonymous_agenda_item_minutes_and_a_decision() throws Exception {
        JsonNode withoutConsent = alicesTenantWithoutSharedActivitiesConsent();
        int ordinal = (START.getDayOfMonth() - 1) / 7 + 1;
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "farid");
            page.navigate(url("/council"));
            checkPage(page, "council");
            follow(page, "Planifier des réunions");
            page.waitForURL(u -> u.contains("/council/meetings/new"));
            page.locator("[name=start]").fill(START.toLocalDate().toString());
            page.locator("[name=startTime]").fill(START.toLocalTime().toString());
            page.locator("[name=end]").fill(endTime().toString());
            page.locator("[name=placeName]").fill("Salle du Smes");
            page.locator("#repeat-monthly").check();
            page.locator("#monthlyBy").check();
            page.locator("[name=monthOrdinal]").selectOption(ordinal > 4 ? "-1" : String.valueOf(ordinal));
            page.locator("[name=monthWeekday]").selectOption(START.getDayOfWeek().name().substring(0, 2));
            page.locator("#ends").check();
            page.locator("[name=count]").fill("3");
            checkPage(page, "plan council meetings");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier").setExact(true)).click();
            page.waitForURL(u -> u.matches(".*/council/meetings/[^/]+$"));
            meetingUrl = page.url();
        }
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "alice");
            page.navigate(meetingUrl + "/agenda-items/new");
            // the picker's live search (htmx) replaces its list as one types: no reload, nothing typed is lost
            page.locator("#tenant-picker-q").fill(withoutConsent.path("lastName").asText());
            page.locator("[name=tenantId][value='" + withoutConsent.path("id").asText() + "']").check();
            page.locator("[name=title]").fill("La lumière dans l'escalier");
            checkPage(page, "propose an agenda item");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter à l’ordre du jour")).click();
            page.waitForLoadState();
            assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(page.url()).as(() -> "not back on the meeting: " + page.locator("main").innerText())
                    .doesNotContain("/agenda-items/new");
            assertThat(page.locator("main")).containsText("Au nom d’un locataire de Smes");
            assertThat(page.locator("main")).not().containsText(withoutConsent.path("firstName").asText() + " (");
            checkPage(page, "meeting with an anonymous item");
        }
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "farid");
            page.navigate(meetingUrl + "/minutes");
            page.locator("[name=present-smes]").fill("3");
            page.locator("[name=present-diogenes]").fill("2");
            page.locator("[name=minutes]").fill("Cinq locataires. L'éclairage de l'escalier est en panne depuis un mois.");
            page.locator("textarea[name^=outcome-]").first().fill("Le conseil écrit au syndic");
            page.locator("[name=held]").check();
            checkPage(page, "minutes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le procès-verbal")).click();
            page.waitForURL(u -> !u.endsWith("/minutes"));

            page.navigate(meetingUrl + "/decisions/new");
            page.locator("[name=text]").fill(DECIDED);
            page.locator("[name=votesFor]").fill("4");
            page.locator("[name=votesAgainst]").fill("0");
            page.locator("[name=abstentions]").fill("1");
            page.locator("[name=ownerOrganisation]").selectOption("smes");
            page.locator("[name=dueDate]").fill(today().plusMonths(1).toString());
            checkPage(page, "record a decision");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la décision")).click();
            page.waitForURL(u -> !u.endsWith("/decisions/new"));
            assertThat(page.locator("main")).containsText(DECIDED);
            assertThat(page.locator("main")).containsText("Cinq locataires");
            checkPage(page, "meeting held with its decision");
            screenshot(page, "council-meeting");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DECIDED)).click();
            page.waitForURL(u -> u.contains("/council/decisions/"));
            decisionUrl = page.url();
        }
    }

    @Test
    @Order(7)
    void the_decision_leads_to_a_new_activity_and_the_log_shows_it() {
        LocalDate nextWeek = today().plusDays(7);
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "farid");
            page.navigate(decisionUrl);
            checkPage(page, "a decision");
            follow(page, "Créer une activité à partir de cette décision");
            page.waitForURL(u -> u.contains("/calendar/activities/new?decision="));
            page.locator("[name=title]").fill(FOLLOW_UP_ACTIVITY);
            page.locator("[name=category]").selectOption("WORKSHOP");
            page.locator("[name=visibility][value=FEDERATION]").check();
            page.locator("[name=start]").fill(nextWeek.toString());
            page.locator("[name=startTime]").fill("18:00");
            page.locator("[name=end]").fill("19:30");
            page.locator("[name=capacity]").fill("20");
            page.locator("#repeat").check();
            checkPage(page, "plan an activity from a decision");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Planifier l’activité")).click();
            page.waitForURL(u -> !u.contains("/new"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("liée à la décision");

            page.navigate(decisionUrl);
            assertThat(page.locator("main")).containsText("A mené à l’activité");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(FOLLOW_UP_ACTIVITY))).isVisible();
            checkPage(page, "a decision with what it led to");
            screenshot(page, "decision");

            page.navigate(url("/council/decisions"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DECIDED))).isVisible();
            checkPage(page, "decisions log");
            screenshot(page, "decisions-log");
        }
    }

    @Test
    @Order(8)
    void the_printable_summary_shows_in_dutch() {
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "farid");
            page.navigate(meetingUrl + "/summary?lang=nl");
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(page.locator("main")).containsText(DECIDED);
            assertThat(page.locator("main")).containsText("Smes");
            assertThat(page.locator("link[href*='print-summary.css']")).hasCount(1);
            checkPage(page, "printable summary (nl)");
            screenshot(page, "council-summary-nl");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            assertThat(page.locator("nav").first()).isHidden();
        }
    }

    @Test
    @Order(9)
    void the_calendar_reads_in_dutch_on_a_phone_and_the_analyst_sees_no_registrations() {
        try (BrowserContext context = newContext("nl-BE", 360, 780)) {
            Page page = context.newPage();
            signIn(page, "alice");
            page.navigate(url("/calendar?view=month&lang=nl"));
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            assertThat(page.locator("main")).containsText(WORKSHOP);
            checkPage(page, "calendar month (nl, 360 px)");
            screenshot(page, "calendar-month-nl");
            page.navigate(url("/calendar/subscribe?lang=fr"));
            checkPage(page, "subscribe");
        }
        try (BrowserContext context = newContext("fr-BE")) {
            Page page = context.newPage();
            signIn(page, "gina");
            page.navigate(url(dateAddress(1)));
            assertThat(page.locator("main")).containsText(WORKSHOP);
            assertThat(page.locator("main table")).hasCount(0); // no registrations, not even counts by name
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inscrire une personne")))
                    .hasCount(0);
            checkPage(page, "a workshop date (analyst)");
        }
    }

    @Test
    @Order(100)
    void axe_core_finds_no_serious_or_critical_violation_on_any_page_visited() {
        assertNoSeriousAxeViolation();
    }

    // ------------------------------------------------------------------ helpers

    /** Clicks the link of that name, whether it looks like a link or like a button (GOV.UK's link buttons). */
    private static void follow(Page page, String name) {
        Page.GetByRoleOptions named = new Page.GetByRoleOptions().setName(name).setExact(true);
        page.getByRole(AriaRole.LINK, named).or(page.getByRole(AriaRole.BUTTON, named)).first().click();
    }

    /** The register page of the current date: the picker finds the tenant by last name, then the scope. */
    private static void register(Page page, JsonNode tenant, String scope) {
        follow(page, "Inscrire une personne");
        page.waitForURL(u -> u.contains("/register"));
        page.locator("#tenant-picker-q").fill(tenant.path("lastName").asText(tenant.path("firstName").asText()));
        page.locator("[name=tenantId][value='" + tenant.path("id").asText() + "']").check(); // once htmx shows it
        if (page.locator("[name=scope][value=" + scope + "]").count() > 0) {
            page.locator("[name=scope][value=" + scope + "]").check();
        }
        checkPage(page, "register (" + scope + ")");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.url()).as(() -> "still on the register page: " + page.locator("main").innerText())
                .doesNotContain("/register");
    }

    /** The id of the tenant's registration on that date, as alice's organisation reads it. */
    private static String registrationOf(JsonNode tenant, String occurrenceId) throws Exception {
        for (JsonNode row : api("GET", "/api/activities/" + workshopId + "/registrations?occurrenceId="
                + occurrenceId.replace("@", "%40").replace(":", "%3A") + "&size=100", "alice", null).path("items")) {
            if (tenant.path("id").asText().equals(row.path("tenantId").asText())) {
                return row.path("id").asText();
            }
        }
        throw new AssertionError("no registration of the tenant on " + occurrenceId);
    }

    private static String dateAddress(int index) {
        return "/calendar/activities/" + workshopId + "/occurrences/"
                + workshopDates.get(index).path("occurrenceId").asText().replace("@", "%40").replace(":", "%3A");
    }

    /** alice's tenants with a last name (the picker searches by name), in a stable order. */
    private static List<JsonNode> alicesTenants() throws Exception {
        List<JsonNode> tenants = new ArrayList<>();
        api("GET", "/api/tenants?size=100", "alice", null).path("items").forEach(tenant -> {
            if (!tenant.path("lastName").asText().isBlank() && !tenant.path("firstName").asText().isBlank()) {
                tenants.add(tenant);
            }
        });
        tenants.sort((a, b) -> a.path("id").asText().compareTo(b.path("id").asText()));
        assertThat(tenants).hasSizeGreaterThan(9);
        return tenants;
    }

    private static JsonNode alicesTenantWithoutSharedActivitiesConsent() throws Exception {
        for (JsonNode tenant : alicesTenants()) {
            boolean shares = false;
            for (JsonNode consent : api("GET", "/api/tenants/" + tenant.path("id").asText() + "/consents", "alice",
                    null).path("consents")) {
                shares |= "SHARED_ACTIVITIES".equals(consent.path("purpose").asText()) && consent.path("granted").asBoolean();
            }
            if (!shares) {
                return tenant;
            }
        }
        throw new AssertionError("every tenant of alice shares their first name in activities");
    }
}
