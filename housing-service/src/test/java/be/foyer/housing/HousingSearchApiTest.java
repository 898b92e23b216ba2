package be.foyer.housing;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.EventEnvelope;
import be.foyer.events.housing.HousingSearchClosed;
import be.foyer.events.housing.HousingSearchOpened;
import be.foyer.events.housing.HousingSearchStepRecorded;
import be.foyer.events.tenants.TenantErased;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TestTokens;
import be.foyer.platform.test.TopicProbe;

@FoyerServiceTest
class HousingSearchApiTest extends HousingApi {

    private static final String LANDLORD = "Madame Verhulst";

    @Test
    void a_search_records_its_steps_and_closes_as_housed_when_the_tenancy_starts() throws Exception {
        String tenant = knownTenant("smes");
        String search = create(alice(), "/api/housing-searches",
                "{\"tenantId\":\"" + tenant + "\",\"openedOn\":\"" + TODAY.minusDays(60) + "\"}");
        getAs(alice(), "/api/housing-searches/" + search)
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.tenantId").value(tenant));

        String application = create(alice(), "/api/housing-searches/" + search + "/steps",
                "{\"kind\":\"AIS_APPLICATION\",\"date\":\"" + TODAY.minusDays(50) + "\",\"detail\":\"AIS Quartiers, "
                        + LANDLORD + "\"}");
        create(alice(), "/api/housing-searches/" + search + "/steps",
                "{\"kind\":\"OFFER\",\"date\":\"" + TODAY.minusDays(10) + "\"}");
        String dwelling = dwelling(alice(), "HOUSING_FIRST", 1);
        String tenancy = moveIn(alice(), tenant, dwelling, TODAY.minusDays(1));

        getAs(alice(), "/api/housing-searches/" + search)
                .andExpect(jsonPath("$.status").value("HOUSED"))
                .andExpect(jsonPath("$.tenancyId").value(tenancy))
                .andExpect(jsonPath("$.closedOn").value(TODAY.minusDays(1).toString()))
                .andExpect(jsonPath("$.steps.length()").value(2))
                .andExpect(jsonPath("$.steps[0].kind").value("AIS_APPLICATION"))
                .andExpect(jsonPath("$.steps[0].detail").value("AIS Quartiers, " + LANDLORD))
                .andExpect(jsonPath("$.steps[1].kind").value("OFFER"));
        getAs(alice(), "/api/housing-searches?status=OPEN&tenantId=" + tenant).andExpect(jsonPath("$.total").value(0));

        List<ConsumerRecord<String, String>> records = housingRecords(search, HousingSearchClosed.class::isInstance);
        assertThat(records.stream().map(HousingApi::payload)).containsExactly(
                new HousingSearchOpened(search, tenant, TODAY.minusDays(60)),
                new HousingSearchStepRecorded(search, tenant, application, "AIS_APPLICATION", TODAY.minusDays(50)),
                new HousingSearchStepRecorded(search, tenant,
                        (String) JsonPath.read(getAs(alice(), "/api/housing-searches/" + search).andReturn()
                                .getResponse().getContentAsString(), "$.steps[1].id"), "OFFER", TODAY.minusDays(10)),
                new HousingSearchClosed(search, tenant, TODAY.minusDays(1), "HOUSED", tenancy));
        for (ConsumerRecord<String, String> record : records) {
            assertThat(record.value()).doesNotContain("Verhulst").doesNotContain("Quartiers");
        }

        Map<String, Object> before = store();
        postJson(alice(), "/api/housing-searches/" + search + "/steps", "{\"kind\":\"VISIT\"}")
                .andExpect(status().isConflict());
        postJson(alice(), "/api/housing-searches/" + search + "/close", "{}").andExpect(status().isConflict());
        assertThat(store()).isEqualTo(before);
    }

    @Test
    void a_search_can_be_abandoned_and_a_tenant_has_one_open_search_at_a_time() throws Exception {
        RequestPostProcessor worker = TestTokens.user("search-worker", "coordinator", "search-org");
        String tenant = knownTenant("search-org");
        String search = create(worker, "/api/housing-searches", "{\"tenantId\":\"" + tenant + "\"}");
        getAs(worker, "/api/housing-searches/" + search).andExpect(jsonPath("$.openedOn").value(TODAY.toString()));

        Map<String, Object> before = store();
        postJson(worker, "/api/housing-searches", "{\"tenantId\":\"" + tenant + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(search)));
        postJson(worker, "/api/housing-searches/" + search + "/steps", "{\"kind\":\"VISIT\",\"date\":\""
                + TODAY.minusDays(1) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("date"));
        postJson(worker, "/api/housing-searches/" + search + "/steps", "{\"kind\":\"PRAYER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(store()).isEqualTo(before);

        postJson(worker, "/api/housing-searches/" + search + "/close", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ABANDONED"))
                .andExpect(jsonPath("$.closedOn").value(TODAY.toString()));
        assertThat(housingRecords(search, HousingSearchClosed.class::isInstance).stream().map(HousingApi::payload))
                .contains(new HousingSearchClosed(search, tenant, TODAY, "ABANDONED", null));
        create(worker, "/api/housing-searches", "{\"tenantId\":\"" + tenant + "\"}");
        getAs(worker, "/api/housing-searches?page=0&size=1").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void of_eight_searches_opened_at_once_for_one_tenant_exactly_one_opens() throws Exception {
        RequestPostProcessor worker = TestTokens.user("eager-worker", "staff", "eager-org");
        String tenant = knownTenant("eager-org");

        List<Integer> answers = race(worker, "/api/housing-searches", 8, i -> "{\"tenantId\":\"" + tenant + "\"}");

        assertThat(answers).containsOnly(201, 409);
        assertThat(answers.stream().filter(status -> status == 201)).hasSize(1);
        getAs(worker, "/api/housing-searches?tenantId=" + tenant).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void unknown_and_foreign_tenants_and_another_organisations_searches_are_refused() throws Exception {
        String tenant = knownTenant("smes");
        String search = create(alice(), "/api/housing-searches", "{\"tenantId\":\"" + tenant + "\"}");

        Map<String, Object> before = store();
        for (String stranger : List.of("no-such-tenant", knownTenant("diogenes"))) {
            postJson(alice(), "/api/housing-searches", "{\"tenantId\":\"" + stranger + "\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("tenantId"))
                    .andExpect(jsonPath("$.errors[0].message").value("is not one of your organisation's tenants"));
        }
        http.perform(get("/api/housing-searches/" + search).with(bruno())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        postJson(bruno(), "/api/housing-searches/" + search + "/steps", "{\"kind\":\"VISIT\"}")
                .andExpect(status().isNotFound());
        postJson(bruno(), "/api/housing-searches/" + search + "/close", "{}").andExpect(status().isNotFound());
        assertThat(store()).isEqualTo(before);
        getAs(bruno(), "/api/housing-searches?tenantId=" + tenant).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void an_erased_tenants_step_details_are_wiped() throws Exception {
        String tenant = knownTenant("smes");
        String search = create(alice(), "/api/housing-searches", "{\"tenantId\":\"" + tenant + "\"}");
        create(alice(), "/api/housing-searches/" + search + "/steps",
                "{\"kind\":\"REFUSAL\",\"detail\":\"" + LANDLORD + " refused: no pets\"}");
        getAs(alice(), "/api/housing-searches/" + search)
                .andExpect(jsonPath("$.steps[0].detail").value(LANDLORD + " refused: no pets"));

        new TopicProbe(kafka).send(EventEnvelope.of("smes", new TenantErased(tenant, TODAY), Instant.now()));

        await().atMost(PATIENCE).until(() -> JsonPath.read(getAs(alice(), "/api/housing-searches/" + search)
                .andReturn().getResponse().getContentAsString(), "$.steps[0].detail") == null);
        getAs(alice(), "/api/housing-searches/" + search).andExpect(jsonPath("$.steps[0].kind").value("REFUSAL"));
    }

    @Test
    void staff_and_coordinators_run_searches_and_nobody_else() throws Exception {
        http.perform(get("/api/housing-searches")).andExpect(status().isUnauthorized());
        for (RequestPostProcessor outsider : List.of(eva(), farid(), gina())) {
            http.perform(get("/api/housing-searches").with(outsider)).andExpect(status().isForbidden());
            postJson(outsider, "/api/housing-searches", "{\"tenantId\":\"t\"}").andExpect(status().isForbidden());
            postJson(outsider, "/api/housing-searches/any/steps", "{\"kind\":\"VISIT\"}")
                    .andExpect(status().isForbidden());
            postJson(outsider, "/api/housing-searches/any/close", "{}").andExpect(status().isForbidden());
        }
    }
}
