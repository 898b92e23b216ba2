package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.nameOf;
import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.platform.places.PlaceIds;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;
import be.foyer.tenants.followup.FollowUp;
import be.foyer.tenants.followup.FollowUpStore;

/** Appointments, corrections and withdrawals of follow-ups, and what the bus hears of them. */
@FoyerServiceTest
class FollowUpLifecycleTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Autowired
    FollowUpStore store;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    static String url(String tenantId) {
        return "/api/tenants/" + tenantId + "/follow-ups";
    }

    @Test
    void every_invalid_field_of_a_new_follow_up_is_named_at_once_with_its_code() throws Exception {
        String tenant = api.register(alice(), "Iris", "Invalid");
        api.post(url(tenant), alice(), """
                {"date":"%s","time":"25:00","mode":"PHONE","durationMinutes":0,
                 "place":{"name":"Parc","category":"NATURE"}}""".formatted(TODAY.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "time",
                        "durationMinutes", "place")))
                .andExpect(jsonPath("$.errors[?(@.field=='date')].code").value("in_future"))
                .andExpect(jsonPath("$.errors[?(@.field=='time')].code").value("invalid_format"))
                .andExpect(jsonPath("$.errors[?(@.field=='place')].code").value("conflicting"));
        api.post(url(tenant), alice(), """
                {"date":"%s","status":"PLANNED","mode":"ACCOMPANIMENT","durationMinutes":60}"""
                .formatted(TODAY.minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("date", "place")))
                .andExpect(jsonPath("$.errors[?(@.field=='date')].code").value("in_past"))
                .andExpect(jsonPath("$.errors[?(@.field=='place')].code").value("required"));
        api.post(url(tenant), alice(), """
                {"date":"%s","status":"MISSED","mode":"PHONE","durationMinutes":10}""".formatted(TODAY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].code").value("not_allowed"));

        assertThat(database.getCollection("follow_ups").countDocuments(Filters.eq("tenantId", tenant))).isZero();
    }

    @Test
    void an_appointment_is_announced_only_once_it_took_place_and_corrections_and_withdrawal_follow()
            throws Exception {
        String tenant = api.register(alice(), "Paul", "Planned");
        String planned = api.followUp(alice(), tenant, """
                {"date":"%s","time":"14:30","status":"PLANNED","mode":"ACCOMPANIMENT","durationMinutes":90,
                 "place":{"name":"Hôpital Saint-Pierre","category":"HEALTH"},"note":"Bring the papers"}"""
                .formatted(TODAY));
        String missed = api.followUp(alice(), tenant, """
                {"date":"%s","status":"PLANNED","mode":"PHONE","durationMinutes":15}""".formatted(TODAY));
        api.patch(url(tenant) + "/" + missed, alice(), "{\"status\":\"MISSED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MISSED"));

        http.perform(get(url(tenant) + "/" + planned).with(alice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.time").value("14:30"))
                .andExpect(jsonPath("$.place.name").value("Hôpital Saint-Pierre"));

        // done, without a reason: it was only planned
        api.patch(url(tenant) + "/" + planned, alice(), "{\"status\":\"DONE\",\"durationMinutes\":120}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.corrections", hasSize(0)));

        // a correction needs a reason; and a done one does not go back to planned
        api.patch(url(tenant) + "/" + planned, alice(), "{\"status\":\"PLANNED\",\"durationMinutes\":100}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reason", "status")))
                .andExpect(jsonPath("$.errors[?(@.field=='reason')].code").value("required"))
                .andExpect(jsonPath("$.errors[?(@.field=='status')].code").value("conflicting"));
        api.patch(url(tenant) + "/" + planned, alice(), """
                {"date":"%s","mode":"OFFICE","reason":"Met at the office in the end, the day before"}"""
                .formatted(TODAY.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("OFFICE"))
                .andExpect(jsonPath("$.place").doesNotExist())
                .andExpect(jsonPath("$.corrections[0].correctedBy").value(nameOf("alice")))
                .andExpect(jsonPath("$.corrections[0].reason").value("Met at the office in the end, the day before"));

        api.post(url(tenant) + "/" + planned + "/withdraw", alice(), "{\"reason\":\" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].code").value("required"));
        api.post(url(tenant) + "/" + planned + "/withdraw", alice(), "{\"reason\":\"Wrong person's file\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawal.withdrawnBy").value(nameOf("alice")))
                .andExpect(jsonPath("$.withdrawal.reason").value("Wrong person's file"));
        api.patch(url(tenant) + "/" + planned, alice(), "{\"note\":\"again\",\"reason\":\"x\"}")
                .andExpect(status().isConflict());

        // reasons are sealed like notes
        Document stored = database.getCollection("follow_ups").find(Filters.eq("_id", planned)).first();
        assertThat(stored.toJson()).doesNotContain("Wrong person").doesNotContain("office in the end")
                .doesNotContain("Bring the papers");

        List<ConsumerRecord<String, String>> records = new TopicProbe(kafka).readAll(Topics.TENANTS,
                record -> tenant.equals(record.key()) && record.value().contains("FollowUpWithdrawn"),
                Duration.ofSeconds(30));
        List<String> types = records.stream().filter(record -> tenant.equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).orElseThrow())
                .filter(event -> event.type().startsWith("FollowUp")).map(event -> event.type()).toList();
        assertThat(types).containsExactly("FollowUpRecorded", "FollowUpCorrected", "FollowUpWithdrawn");
        String all = records.stream().filter(record -> tenant.equals(record.key())).map(ConsumerRecord::value)
                .reduce("", String::concat);
        assertThat(all).doesNotContain(missed)
                .doesNotContain("Saint-Pierre").doesNotContain("papers").doesNotContain("Wrong person")
                .doesNotContain("office in the end").contains("\"date\":\"" + TODAY.minusDays(1) + "\"");

        // the export shows the whole story with its reasons
        http.perform(get("/api/tenants/" + tenant + "/export").with(alice()))
                .andExpect(jsonPath("$.followUps[?(@.id=='" + planned + "')].withdrawal.reason")
                        .value("Wrong person's file"))
                .andExpect(jsonPath("$.followUps[?(@.id=='" + planned + "')].corrections[0].reason")
                        .value("Met at the office in the end, the day before"));
    }

    @Test
    void the_timeline_is_filtered_and_bad_filters_are_all_named() throws Exception {
        String tenant = api.register(alice(), "Tina", "Timeline");
        api.followUp(alice(), tenant, "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30,"
                + "\"domains\":[\"HOUSING\"]}");
        api.followUp(alice(), tenant, "{\"date\":\"2026-02-05\",\"mode\":\"OFFICE\",\"durationMinutes\":30,"
                + "\"domains\":[\"HEALTH\"]}");
        api.followUp(alice(), tenant, "{\"date\":\"%s\",\"status\":\"PLANNED\",\"mode\":\"PHONE\",\"durationMinutes\":30}"
                .formatted(TODAY.plusDays(3)));

        http.perform(get(url(tenant)).with(alice()))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].status").value("PLANNED"));
        http.perform(get(url(tenant) + "?mode=PHONE&status=DONE").with(alice()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].date").value("2026-01-05"));
        http.perform(get(url(tenant) + "?domain=HEALTH").with(alice()))
                .andExpect(jsonPath("$.total").value(1));
        http.perform(get(url(tenant) + "?from=2026-01-06&to=2026-02-05").with(alice()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].mode").value("OFFICE"));

        http.perform(get(url(tenant) + "?mode=TELEPATHY&domain=DREAMS&from=yesterday&status=MAYBE").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("mode", "domain", "from",
                        "status")))
                .andExpect(jsonPath("$.errors[?(@.field=='mode')].code").value("not_allowed"))
                .andExpect(jsonPath("$.errors[?(@.field=='from')].code").value("not_a_date"));
        http.perform(get(url(tenant) + "?from=2026-02-01&to=2026-01-01").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].code").value("before_start"));
    }

    @Test
    void follow_ups_stored_before_statuses_read_as_done_and_are_corrected_with_a_reason() throws Exception {
        String tenant = api.register(alice(), "Olga", "Older");
        String id = UUID.randomUUID().toString();
        database.getCollection("follow_ups").insertOne(new Document("_id", id).append("organisation", "smes")
                .append("tenantId", tenant).append("date", "2025-03-01").append("mode", "PHONE")
                .append("durationMinutes", 20).append("domains", List.of()).append("recordedBy", "alice")
                .append("recordedAt", new Date()));

        http.perform(get(url(tenant) + "?status=DONE").with(alice()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("DONE"));
        api.patch(url(tenant) + "/" + id, alice(), "{\"durationMinutes\":25}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.patch(url(tenant) + "/" + id, alice(), "{\"durationMinutes\":25,\"reason\":\"Typo\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.durationMinutes").value(25));
    }

    @Test
    void two_corrections_made_from_the_same_reading_cannot_both_win() throws Exception {
        String tenant = api.register(alice(), "Victor", "Version");
        String id = api.followUp(alice(), tenant, "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30}");
        FollowUp read = store.find("smes", tenant, id).orElseThrow();

        api.patch(url(tenant) + "/" + id, alice(), "{\"durationMinutes\":40,\"reason\":\"First\"}")
                .andExpect(status().isOk());

        FollowUp late = read.changed(read.date(), read.time(), read.status(), read.mode(), 50, read.place(),
                read.domains(), read.note(), read.healthNote(), null);
        assertThat(store.update(read, late, java.util.Optional.empty())).isFalse();
        assertThat(store.find("smes", tenant, id).orElseThrow().durationMinutes()).isEqualTo(40);
    }

    @Test
    void volunteers_change_their_tenants_follow_ups_without_health_notes_and_outsiders_are_refused()
            throws Exception {
        RequestPostProcessor hanna = user("hanna", "staff", "habitat-et-humanisme");
        RequestPostProcessor eva = user("eva", "volunteer", "habitat-et-humanisme");
        String assigned = api.register(hanna, "{\"firstName\":\"Sara\",\"lastName\":\"Assigned\","
                + "\"assignedVolunteers\":[\"eva\"]}");
        String other = api.register(hanna, "Ugo", "Unassigned");
        String followUp = api.followUp(eva, assigned, "{\"date\":\"%s\",\"status\":\"PLANNED\",\"mode\":\"PHONE\",\"durationMinutes\":30}"
                .formatted(TODAY.plusDays(1)));
        String othersFollowUp = api.followUp(hanna, other, "{\"date\":\"2026-01-05\",\"mode\":\"PHONE\",\"durationMinutes\":30}");

        api.patch(url(assigned) + "/" + followUp, eva, "{\"date\":\"%s\",\"time\":\"10:00\"}"
                .formatted(TODAY.plusDays(2))).andExpect(status().isOk());
        api.patch(url(assigned) + "/" + followUp, eva, "{\"healthNote\":\"\"}").andExpect(status().isForbidden());
        api.patch(url(other) + "/" + othersFollowUp, eva, "{\"durationMinutes\":5,\"reason\":\"x\"}")
                .andExpect(status().isNotFound());
        api.post(url(other) + "/" + othersFollowUp + "/withdraw", eva, "{\"reason\":\"x\"}")
                .andExpect(status().isNotFound());

        for (RequestPostProcessor outsider : List.of(bruno(), user("coord", "coordinator", "diogenes"))) {
            http.perform(get(url(other) + "/" + othersFollowUp).with(outsider)).andExpect(status().isNotFound());
            api.patch(url(other) + "/" + othersFollowUp, outsider, "{\"durationMinutes\":5,\"reason\":\"x\"}")
                    .andExpect(status().isNotFound());
            api.post(url(other) + "/" + othersFollowUp + "/withdraw", outsider, "{\"reason\":\"x\"}")
                    .andExpect(status().isNotFound());
        }
        for (RequestPostProcessor noCaseFiles : List.of(farid(), gina())) {
            http.perform(get(url(other) + "/" + othersFollowUp).with(noCaseFiles)).andExpect(status().isForbidden());
            api.patch(url(other) + "/" + othersFollowUp, noCaseFiles, "{\"durationMinutes\":5,\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
            api.post(url(other) + "/" + othersFollowUp + "/withdraw", noCaseFiles, "{\"reason\":\"x\"}")
                    .andExpect(status().isForbidden());
            http.perform(get("/api/tenants/places").with(noCaseFiles)).andExpect(status().isForbidden());
        }
        http.perform(get(url(other) + "/no-such-follow-up").with(hanna)).andExpect(status().isNotFound());
        http.perform(get(url(other) + "/" + othersFollowUp).with(hanna))
                .andExpect(jsonPath("$.durationMinutes").value(30));
    }

    @Test
    void the_places_already_used_are_suggested_most_used_first_within_the_organisation() throws Exception {
        RequestPostProcessor worker = user("placer", "staff", "places-org");
        String tenant = api.register(worker, "Pia", "Places");
        String accompaniment = "{\"date\":\"2026-01-05\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":60,"
                + "\"place\":{\"name\":\"%s\",\"category\":\"%s\"}}";
        api.followUp(worker, tenant, accompaniment.formatted("Musée Magritte", "CULTURE"));
        api.followUp(worker, tenant, accompaniment.formatted("Musée du Cinquantenaire", "CULTURE"));
        api.followUp(worker, tenant, accompaniment.formatted("musee du cinquantenaire ", "CULTURE"));
        String mistaken = api.followUp(worker, tenant, accompaniment.formatted("Musée Fantôme", "CULTURE"));
        api.followUp(worker, tenant, accompaniment.formatted("CPAS d'Ixelles", "ADMINISTRATION"));
        api.post(url(tenant) + "/" + mistaken + "/withdraw", worker, "{\"reason\":\"never went\"}")
                .andExpect(status().isOk());
        api.followUp(bruno(), api.register(bruno(), "Other", "Org"), accompaniment.formatted("Musée Bruno", "CULTURE"));

        http.perform(get("/api/tenants/places?q=MUSEE").with(worker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].name").value("musee du cinquantenaire"))
                .andExpect(jsonPath("$.items[0].category").value("CULTURE"))
                .andExpect(jsonPath("$.items[1].name").value("Musée Magritte"));
        http.perform(get("/api/tenants/places?q=ixel cpas").with(worker))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").isNotEmpty());
        String all = http.perform(get("/api/tenants/places").with(worker)).andReturn().getResponse()
                .getContentAsString();
        assertThat((List<?>) JsonPath.read(all, "$.items")).hasSize(3);
    }

    @Test
    void the_federation_directory_holds_every_organisation_s_places_once_with_one_id_and_no_person() throws Exception {
        RequestPostProcessor smes = user("dir-smes", "staff", "smes");
        RequestPostProcessor diogenes = user("dir-dio", "coordinator", "diogenes");
        String accompaniment = "{\"date\":\"2026-01-05\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":60,"
                + "\"place\":{\"name\":\"%s\",\"category\":\"%s\"}}";
        String smesTenant = api.register(smes, "Dora", "Directory");
        api.followUp(smes, smesTenant, accompaniment.formatted("Bowling Crosly Zaventemiste", "SPORT"));
        api.followUp(diogenes, api.register(diogenes, "Dirk", "Directory"),
                accompaniment.formatted("  bowling crosly ZAVENTEMISTE ", "SPORT"));

        String smesView = http.perform(get("/api/places?q=zaventemiste").with(smes))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(PlaceIds.of("Bowling Crosly Zaventemiste")))
                .andExpect(jsonPath("$.items[0].category").value("SPORT"))
                .andExpect(jsonPath("$.total").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(smesView).doesNotContain(smesTenant).doesNotContain("Dora").doesNotContain("dir-smes");
        // the same place for any organisation, a volunteer's role too
        for (RequestPostProcessor reader : List.of(user("dir-eva", "volunteer", "habitat-et-humanisme"), bruno())) {
            http.perform(get("/api/places?q=ZAVENTEMISTE bowling").with(reader))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].id").value(PlaceIds.of("bowling crosly zaventemiste")));
        }
        // the organisation's own suggestions point to the same federation-wide id
        http.perform(get("/api/tenants/places?q=zaventemiste").with(diogenes))
                .andExpect(jsonPath("$.items[0].id").value(PlaceIds.of("Bowling Crosly Zaventemiste")));
    }

    @Test
    void the_directory_names_every_wrong_parameter_and_refuses_roles_without_case_files() throws Exception {
        http.perform(get("/api/places").param("q", "x".repeat(101)).param("size", "many").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("q", "size")))
                .andExpect(jsonPath("$.errors[?(@.field=='q')].code").value("too_long"))
                .andExpect(jsonPath("$.errors[?(@.field=='size')].code").value("invalid"));
        http.perform(get("/api/places").param("size", "51").with(alice()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/api/places").with(gina())).andExpect(status().isForbidden());
        http.perform(get("/api/places").with(farid())).andExpect(status().isForbidden());
        http.perform(get("/api/places")).andExpect(status().isUnauthorized());
    }
}
