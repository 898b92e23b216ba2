package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.alice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.TenantRelayed;
import be.foyer.events.tenants.TenantStatusChanged;
import be.foyer.events.tenants.VolunteersAssigned;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;

/** What tenant-service announces on foyer.tenants.v1, and that no person can be recognised in it. */
@FoyerServiceTest
class TenantEventsTest {

    /** HMAC-SHA256 of 85073003328 under the development federation secret (see FederationKeysTest). */
    static final String KEY_OF_85073003328 = "a16499c56d762af8f998b17f6a7bedb966a3b7151bd252d4696cb941cba1604a";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    /** The tenant's events, read until one matches {@code last}. */
    List<EventEnvelope<DomainEvent>> eventsOf(String tenantId, Predicate<DomainEvent> last) {
        List<ConsumerRecord<String, String>> records = new TopicProbe(kafka).readAll(Topics.TENANTS,
                record -> tenantId.equals(record.key())
                        && EventCodec.decode(record.value()).map(event -> last.test(event.payload())).orElse(false),
                PATIENCE);
        List<EventEnvelope<DomainEvent>> events = records.stream().filter(record -> tenantId.equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).orElseThrow()).toList();
        assertThat(events.stream().map(EventEnvelope::payload).anyMatch(last)).as("the awaited event came").isTrue();
        return events;
    }

    static List<ConsentChanged> consents(List<EventEnvelope<DomainEvent>> events) {
        return events.stream().map(EventEnvelope::payload).filter(ConsentChanged.class::isInstance)
                .map(ConsentChanged.class::cast).toList();
    }

    static Predicate<DomainEvent> consent(String purpose, boolean granted) {
        return payload -> payload instanceof ConsentChanged changed && changed.purpose().equals(purpose)
                && changed.granted() == granted;
    }

    @Test
    void statistics_consent_carries_the_federation_key_only_when_the_number_is_known() throws Exception {
        String id = api.register(alice(), "Consenting", "Person");
        String consents = "/api/tenants/" + id + "/consents";

        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"FEDERATION_STATISTICS\",\"granted\":true}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents[0].purpose").value("FEDERATION_STATISTICS"))
                .andExpect(jsonPath("$.consents[0].granted").value(true))
                .andExpect(jsonPath("$.consents[0].recordedBy").value(nameOf("alice")))
                .andExpect(jsonPath("$.consents[0].revocable").value(true))
                .andExpect(jsonPath("$.consents[1].granted").value(false));
        List<ConsentChanged> first = consents(eventsOf(id, consent("FEDERATION_STATISTICS", true)));
        assertThat(first).singleElement().satisfies(changed -> assertThat(changed.federationKey()).isNull());

        api.patch("/api/tenants/" + id, alice(), "{\"nationalRegisterNumber\":\"85.07.30-033.28\"}")
                .andExpect(status().isOk());
        List<ConsentChanged> second = consents(eventsOf(id,
                payload -> payload instanceof ConsentChanged changed && changed.federationKey() != null));
        assertThat(second).last().satisfies(changed -> {
            assertThat(changed.granted()).isTrue();
            assertThat(changed.federationKey()).isEqualTo(KEY_OF_85073003328);
        });

        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"FEDERATION_STATISTICS\",\"granted\":false}]}")
                .andExpect(status().isOk());
        List<ConsentChanged> third = consents(eventsOf(id, consent("FEDERATION_STATISTICS", false)));
        assertThat(third).hasSize(3).last().satisfies(changed -> assertThat(changed.federationKey()).isNull());
    }

    @Test
    void only_the_statistics_consent_carries_the_key_and_repeating_an_answer_announces_nothing() throws Exception {
        String id = api.register(alice(), "{\"firstName\":\"Known\",\"lastName\":\"Number\","
                + "\"nationalRegisterNumber\":\"85073003328\"}");
        String consents = "/api/tenants/" + id + "/consents";

        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"FEDERATION_STATISTICS\",\"granted\":true},"
                + "{\"purpose\":\"SHARED_ACTIVITIES\",\"granted\":true,\"date\":\"2026-01-10\"}]}")
                .andExpect(status().isOk());
        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"SHARED_ACTIVITIES\",\"granted\":true}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consents[1].changedOn").value("2026-01-10"));
        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"PHOTO\",\"granted\":true}]}")
                .andExpect(status().isOk());

        List<ConsentChanged> changes = consents(eventsOf(id, consent("PHOTO", true)));
        assertThat(changes).extracting(ConsentChanged::purpose)
                .containsExactly("FEDERATION_STATISTICS", "SHARED_ACTIVITIES", "PHOTO");
        assertThat(changes).extracting(ConsentChanged::federationKey).containsExactly(KEY_OF_85073003328, null, null);
    }

    @Test
    void bad_consents_name_the_field_and_change_nothing() throws Exception {
        String id = api.register(alice(), "Careful", "Consent");
        String consents = "/api/tenants/" + id + "/consents";
        Document before = database.getCollection("tenants").find(Filters.eq("_id", id)).first();

        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"MARKETING\",\"granted\":true}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consents[0].purpose"));
        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"PHOTO\",\"granted\":true,\"date\":\"2999-01-01\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consents[0].date"));
        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"PHOTO\",\"granted\":true},"
                + "{\"purpose\":\"PHOTO\",\"granted\":false}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consents[1].purpose"));
        api.put(consents, alice(), "{\"consents\":[{\"purpose\":\"PHOTO\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consents[0].granted"));

        Document after = database.getCollection("tenants").find(Filters.eq("_id", id)).first();
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("consents")).isEqualTo(before.get("consents"));
    }

    @Test
    void a_relay_sets_the_status_and_announces_both() throws Exception {
        String id = api.register(alice(), "{\"firstName\":\"Relayed\",\"lastName\":\"Person\",\"status\":\"HOUSED\"}");
        String relays = "/api/tenants/" + id + "/relays";
        String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();

        api.post(relays, alice(), "{\"service\":\"CPAS\",\"date\":\"2026-01-10\",\"handoverUntil\":\"2026-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handoverUntil"));
        api.post(relays, alice(), "{\"service\":\"CPAS\",\"date\":\"2999-01-10\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        api.post(relays, alice(), "{\"service\":\"POLICE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("service"));
        http.perform(get("/api/tenants/" + id).with(alice()))
                .andExpect(jsonPath("$.status").value("HOUSED"))
                .andExpect(jsonPath("$.relays.length()").value(0));

        api.post(relays, alice(), "{\"service\":\"MENTAL_HEALTH\",\"contact\":\"Dr Vermeulen 02 555 12 12\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value(today))
                .andExpect(jsonPath("$.contact").value("Dr Vermeulen 02 555 12 12"));
        http.perform(get("/api/tenants/" + id).with(alice()))
                .andExpect(jsonPath("$.status").value("RELAYED"))
                .andExpect(jsonPath("$.statusHistory[1].status").value("RELAYED"))
                .andExpect(jsonPath("$.relays[0].service").value("MENTAL_HEALTH"))
                .andExpect(jsonPath("$.relays[0].contact").value("Dr Vermeulen 02 555 12 12"));

        List<DomainEvent> payloads = eventsOf(id, TenantRelayed.class::isInstance).stream()
                .map(EventEnvelope::payload).toList();
        assertThat(payloads).filteredOn(TenantStatusChanged.class::isInstance).map(TenantStatusChanged.class::cast)
                .extracting(TenantStatusChanged::status, TenantStatusChanged::previousStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HOUSED", null),
                        org.assertj.core.groups.Tuple.tuple("RELAYED", "HOUSED"));
        assertThat(payloads).filteredOn(TenantRelayed.class::isInstance).singleElement()
                .satisfies(relayed -> assertThat(((TenantRelayed) relayed).service()).isEqualTo("MENTAL_HEALTH"));
    }

    @Test
    void a_follow_up_event_lists_its_domains() throws Exception {
        String id = api.register(alice(), "Domains", "Person");
        api.followUp(alice(), id, "{\"date\":\"2026-02-02\",\"mode\":\"HOME_VISIT\",\"durationMinutes\":60,"
                + "\"domains\":[\"ENERGY\",\"BUDGET\",\"ENERGY\"]}");
        api.post("/api/tenants/" + id + "/follow-ups", alice(), "{\"date\":\"2026-02-02\",\"mode\":\"PHONE\","
                + "\"durationMinutes\":5,\"domains\":[\"KARAOKE\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("domains[0]"));

        assertThat(eventsOf(id, FollowUpRecorded.class::isInstance)).map(EventEnvelope::payload)
                .filteredOn(FollowUpRecorded.class::isInstance).singleElement()
                .satisfies(recorded -> assertThat(((FollowUpRecorded) recorded).domains())
                        .containsExactly("ENERGY", "BUDGET"));
    }

    @Test
    void the_volunteers_are_announced_at_registration_and_when_they_change_not_on_other_changes() throws Exception {
        String id = api.register(alice(), "{\"firstName\":\"Accompanied\",\"lastName\":\"Person\","
                + "\"assignedVolunteers\":[\"Eva\"]}");
        api.patch("/api/tenants/" + id, alice(), "{\"status\":\"SEARCHING\",\"assignedVolunteers\":[\"eva\"]}")
                .andExpect(status().isOk());
        api.patch("/api/tenants/" + id, alice(), "{\"assignedVolunteers\":[\"eva\",\"ines\"]}")
                .andExpect(status().isOk());
        api.patch("/api/tenants/" + id, alice(), "{\"assignedVolunteers\":[]}").andExpect(status().isOk());

        List<EventEnvelope<DomainEvent>> events = eventsOf(id,
                payload -> payload instanceof VolunteersAssigned assigned && assigned.volunteers().isEmpty());
        assertThat(events).filteredOn(event -> event.payload() instanceof VolunteersAssigned)
                .allSatisfy(event -> assertThat(event.organisation()).isEqualTo("smes"))
                .extracting(event -> ((VolunteersAssigned) event.payload()).volunteers())
                .containsExactly(List.of("eva"), List.of("eva", "ines"), List.of());

        String alone = api.register(alice(), "Without", "Volunteer");
        api.patch("/api/tenants/" + alone, alice(), "{\"status\":\"SEARCHING\"}").andExpect(status().isOk());
        assertThat(eventsOf(alone, payload -> payload instanceof TenantStatusChanged changed
                && changed.previousStatus() != null)).noneMatch(event -> event.payload() instanceof VolunteersAssigned);
    }
}
