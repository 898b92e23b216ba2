package be.foyer.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.events.Topics;
import be.foyer.events.housing.DwellingStatusChanged;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

/** Concurrent move-ins, eight requests released at once: the single-document compare-and-sets hold. */
@FoyerServiceTest
class TenancyRaceTest extends HousingApi {

    private static final int RACERS = 8;

    @Test
    void of_eight_tenants_racing_for_the_last_free_place_exactly_one_moves_in() throws Exception {
        RequestPostProcessor worker = TestTokens.user("race-worker", "staff", "race-org");
        String dwelling = dwelling(worker, "GROUPED_SOLIDARITY", 2);
        moveIn(worker, knownTenant("race-org"), dwelling, TODAY.minusDays(40));
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            tenants.add(knownTenant("race-org"));
        }

        List<Integer> answers = race(worker, "/api/tenancies", RACERS, i -> tenancy(tenants.get(i), dwelling, TODAY));

        assertThat(answers).containsOnly(201, 409);
        assertThat(answers.stream().filter(status -> status == 201)).hasSize(1);
        getAs(worker, "/api/dwellings/" + dwelling)
                .andExpect(jsonPath("$.occupied").value(2))
                .andExpect(jsonPath("$.status").value("OCCUPIED"))
                .andExpect(jsonPath("$.statusHistory.length()").value(1));
        getAs(worker, "/api/tenancies?dwellingId=" + dwelling).andExpect(jsonPath("$.total").value(2));

        List<ConsumerRecord<String, String>> records = new TopicProbe(kafka).readAll(Topics.HOUSING,
                record -> dwelling.equals(record.key()) && "DwellingStatusChanged".equals(type(record)), PATIENCE);
        assertThat(records.stream().map(HousingApi::payload).filter(payload -> payload instanceof TenancyStarted
                && ((TenancyStarted) payload).dwellingId().equals(dwelling))).hasSize(2);
        assertThat(records.stream().map(HousingApi::payload).filter(payload -> payload instanceof DwellingStatusChanged
                && ((DwellingStatusChanged) payload).dwellingId().equals(dwelling))).hasSize(1);

        // the losers' reservations were given back: each can move in elsewhere
        String elsewhere = dwelling(worker, "COMMUNITY", RACERS);
        for (String tenant : tenants) {
            String body = tenancy(tenant, elsewhere, TODAY);
            int status = postJson(worker, "/api/tenancies", body).andReturn().getResponse().getStatus();
            assertThat(status).isIn(201, 409);
        }
        getAs(worker, "/api/dwellings/" + elsewhere).andExpect(jsonPath("$.occupied").value(RACERS - 1));
    }

    @Test
    void one_tenant_moved_into_eight_dwellings_at_once_gets_exactly_one_tenancy() throws Exception {
        RequestPostProcessor worker = TestTokens.user("twin-worker", "staff", "twin-org");
        String tenant = knownTenant("twin-org");
        List<String> dwellings = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            dwellings.add(dwelling(worker, "SCATTERED", 1));
        }

        List<Integer> answers = race(worker, "/api/tenancies", RACERS,
                i -> tenancy(tenant, dwellings.get(i), TODAY.minusDays(i)));

        assertThat(answers).containsOnly(201, 409);
        assertThat(answers.stream().filter(status -> status == 201)).hasSize(1);
        getAs(worker, "/api/tenancies?tenantId=" + tenant).andExpect(jsonPath("$.total").value(1));
        getAs(worker, "/api/dwellings?status=OCCUPIED").andExpect(jsonPath("$.total").value(1));
        getAs(worker, "/api/dwellings?status=AVAILABLE").andExpect(jsonPath("$.total").value(RACERS - 1));
    }
}
