package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.housing.HousingSearchOpened;
import be.foyer.events.housing.TenancyEnded;
import be.foyer.events.housing.TenancyStarted;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;

/** The person's status follows the housing events of {@code foyer.housing.v1}. */
@FoyerServiceTest
class HousingStatusTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final LocalDate MOVE_IN = LocalDate.of(2026, 10, 1);

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    TenantHttp api;
    TopicProbe probe;
    RequestPostProcessor anna = user("anna", "staff", "housing-org");

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
        probe = new TopicProbe(bootstrapServers);
    }

    @Test
    void a_started_tenancy_houses_the_person_once_even_when_delivered_twice() throws Exception {
        String tenantId = api.register(anna, "{\"firstName\":\"Marc\",\"status\":\"SEARCHING\"}");
        EventEnvelope<?> started = started("housing-org", tenantId, "tenancy-" + UUID.randomUUID());

        probe.send(started);
        probe.send(started);
        String marker = api.register(anna, "{\"firstName\":\"Marker\"}");
        probe.send(started("housing-org", marker, "tenancy-" + UUID.randomUUID()));
        awaitStatus(marker, "HOUSED");

        List<Map<String, Object>> history = history(tenantId);
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsEntry("status", "HOUSED").containsEntry("changedBy", "housing")
                .containsEntry("changedOn", MOVE_IN.toString());
        String announced = probe.await(Topics.TENANTS, record -> record.key().equals(tenantId)
                && record.value().contains("\"TenantStatusChanged\"") && record.value().contains("\"HOUSED\""),
                PATIENCE).value();
        assertThat(EventCodec.decode(announced).orElseThrow().organisation()).isEqualTo("housing-org");
        assertThat(announced).contains("\"previousStatus\":\"SEARCHING\"").doesNotContain("Marc");
    }

    @Test
    void an_eviction_puts_the_person_back_on_the_street_unless_another_tenancy_runs() throws Exception {
        String evicted = api.register(anna, "{\"firstName\":\"Evicted\"}");
        String twoHomes = api.register(anna, "{\"firstName\":\"Two homes\"}");
        String first = "tenancy-" + UUID.randomUUID();
        probe.send(started("housing-org", evicted, first));
        probe.send(started("housing-org", twoHomes, "tenancy-a-" + first));
        probe.send(started("housing-org", twoHomes, "tenancy-b-" + first));
        awaitStatus(twoHomes, "HOUSED");

        probe.send(ended("housing-org", evicted, first, "EVICTION"));
        probe.send(ended("housing-org", twoHomes, "tenancy-a-" + first, "EVICTION"));
        awaitStatus(evicted, "STREET");
        assertThat(history(evicted)).extracting(change -> change.get("status"))
                .containsExactly("STREET", "HOUSED", "STREET");

        probe.send(ended("housing-org", twoHomes, "tenancy-b-" + first, "DEATH"));
        awaitStatus(twoHomes, "EXITED");
        assertThat(history(twoHomes)).extracting(change -> change.get("status"))
                .containsExactly("STREET", "HOUSED", "EXITED");
    }

    @Test
    void a_search_opened_for_a_housed_person_leaves_them_housed_and_otherwise_means_searching() throws Exception {
        String housed = api.register(anna, "{\"firstName\":\"Housed\",\"status\":\"HOUSED\"}");
        String street = api.register(anna, "{\"firstName\":\"Street\"}");

        probe.send(opened("housing-org", housed));
        probe.send(opened("housing-org", street));
        awaitStatus(street, "SEARCHING");

        assertThat(status(housed)).isEqualTo("HOUSED");
        assertThat(history(housed)).hasSize(1);
    }

    @Test
    void events_of_another_organisation_or_about_unknown_or_erased_tenants_change_nothing() throws Exception {
        String tenantId = api.register(anna, "{\"firstName\":\"Mine\"}");
        String erased = api.register(anna, "{\"firstName\":\"Erased\"}");
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/tenants/" + erased).with(anna));

        probe.send(started("other-org", tenantId, "tenancy-" + UUID.randomUUID()));
        probe.send(started("housing-org", erased, "tenancy-" + UUID.randomUUID()));
        probe.send(started("housing-org", UUID.randomUUID().toString(), "tenancy-" + UUID.randomUUID()));
        probe.send(opened("housing-org", tenantId));
        awaitStatus(tenantId, "SEARCHING");

        assertThat(history(tenantId)).extracting(change -> change.get("status")).containsExactly("STREET", "SEARCHING");
    }

    @Test
    void an_unreadable_record_goes_to_the_dead_letter_topic_and_the_next_one_is_applied() throws Exception {
        String tenantId = api.register(anna, "{\"firstName\":\"After garbage\"}");
        String garbage = "{not an envelope " + UUID.randomUUID();

        probe.send(Topics.HOUSING, tenantId, garbage);
        probe.send(started("housing-org", tenantId, "tenancy-" + UUID.randomUUID()));

        awaitStatus(tenantId, "HOUSED");
        assertThat(probe.await(Topics.deadLetterOf(Topics.HOUSING), record -> garbage.equals(record.value()),
                PATIENCE)).isNotNull();
    }

    static EventEnvelope<?> started(String organisation, String tenantId, String tenancyId) {
        return EventEnvelope.of(organisation, new TenancyStarted(tenancyId, tenantId, "dwelling-1", null,
                "HOUSING_FIRST", MOVE_IN, null), Instant.now());
    }

    static EventEnvelope<?> ended(String organisation, String tenantId, String tenancyId, String reason) {
        return EventEnvelope.of(organisation, new TenancyEnded(tenancyId, tenantId, "dwelling-1", "HOUSING_FIRST",
                MOVE_IN, MOVE_IN.plusMonths(1), reason), Instant.now());
    }

    static EventEnvelope<?> opened(String organisation, String tenantId) {
        return EventEnvelope.of(organisation, new HousingSearchOpened("search-" + UUID.randomUUID(), tenantId,
                MOVE_IN), Instant.now());
    }

    void awaitStatus(String tenantId, String expected) {
        await().atMost(PATIENCE).until(() -> expected.equals(status(tenantId)));
    }

    String status(String tenantId) throws Exception {
        return JsonPath.read(file(tenantId), "$.status");
    }

    List<Map<String, Object>> history(String tenantId) throws Exception {
        return JsonPath.read(file(tenantId), "$.statusHistory");
    }

    String file(String tenantId) throws Exception {
        return http.perform(get("/api/tenants/" + tenantId).with(anna)).andReturn().getResponse()
                .getContentAsString();
    }
}
