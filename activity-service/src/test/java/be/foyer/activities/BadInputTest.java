package be.foyer.activities;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.farid;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;

import be.foyer.platform.test.BadInputScenarios;
import be.foyer.platform.test.FoyerServiceTest;

/** Issue 13's bad input on every endpoint of this service (see {@link BadInputScenarios}), and examples. */
@FoyerServiceTest
class BadInputTest extends BadInputScenarios {

    @Test
    void an_over_long_id_in_a_body_is_400_naming_the_field() throws Exception {
        String longId = "x".repeat(65);
        MvcResult registration = send(HttpMethod.POST, "/api/activities/a1/registrations", alice(),
                "{\"tenantId\":\"" + longId + "\",\"occurrenceId\":\"" + longId + "\"}");
        assertRefused(registration, "tenantId", "too_long");
        assertRefused(registration, "occurrenceId", "too_long");
        assertRefused(send(HttpMethod.POST, "/api/council/meetings/m1/decisions", farid(),
                "{\"text\":\"Repaint the hall\",\"agendaItemId\":\"" + longId + "\",\"votesFor\":3,"
                        + "\"votesAgainst\":0,\"abstentions\":0,\"ownerOrganisation\":\"smes\"}"),
                "agendaItemId", "too_long");
    }

    @Test
    void an_activity_in_9999_with_a_control_character_in_its_title_and_too_many_exceptions_is_named_at_once()
            throws Exception {
        StringBuilder exceptions = new StringBuilder("[");
        for (int day = 1; day <= 101; day++) {
            exceptions.append(day == 1 ? "" : ",").append("\"2027-01-01\"");
        }
        MvcResult result = send(HttpMethod.POST, "/api/activities", alice(), "{\"title\":\"Atelier\\u009B\","
                + "\"description\":\"Two lines\\nand a\\ttab\",\"category\":\"WORKSHOP\",\"visibility\":\"FEDERATION\","
                + "\"start\":\"9999-12-03T14:00\",\"end\":\"9999-12-03T16:00\",\"capacity\":8,"
                + "\"exceptions\":" + exceptions + "]}");
        assertRefused(result, "title", "forbidden_character");
        assertRefused(result, "start", "implausible_date");
        assertRefused(result, "end", "implausible_date");
        assertRefused(result, "exceptions", "too_many");
        org.assertj.core.api.Assertions.assertThat(result.getResponse().getContentAsString())
                .doesNotContain("\"description\"");
    }

    @Test
    void an_agenda_order_and_minutes_attendance_over_their_bounds_are_named() throws Exception {
        assertRefused(send(HttpMethod.PUT, "/api/council/meetings/m1/agenda-items/order", farid(),
                "{\"itemIds\":" + jsonList(501) + "}"), "itemIds", "too_many");
        StringBuilder attendance = new StringBuilder("[");
        for (int i = 0; i < 201; i++) {
            attendance.append(i == 0 ? "" : ",").append("{\"organisation\":\"org-").append(i)
                    .append("\",\"tenantsPresent\":1}");
        }
        assertRefused(send(HttpMethod.PUT, "/api/council/meetings/m1/minutes", farid(),
                "{\"minutes\":\"Opened at 18:00.\\nClosed at 20:00.\",\"attendance\":" + attendance + "]}"),
                "attendance", "too_many");
    }
}
