package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.eva;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.events.EventCodec;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantErased;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;

/** A whole life of a tenant file, then every record on foyer.tenants.v1 is searched for what identifies the person. */
@FoyerServiceTest
class NoPersonalDataOnKafkaTest {

    static final List<String> PERSONAL = List.of("Ludivine", "Hauspie", "Ludi", "0499 87 65 43", "0499876543",
            "85073003328", "85.07.30-033.28", "033.28", "Worried about the eviction letter", "Insulin dose changed",
            "Call Mr Janssens", "Janssens", "Open a bank account", "Bibliothèque Sésame");

    @Autowired
    MockMvc http;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void no_record_on_the_tenant_topic_carries_a_name_contact_note_or_national_register_number() throws Exception {
        TenantHttp api = new TenantHttp(http);
        RequestPostProcessor worker = user("hhworker", "staff", "habitat-et-humanisme");
        String id = api.register(worker, "{\"firstName\":\"Ludivine\",\"lastName\":\"Hauspie\","
                + "\"preferredName\":\"Ludi\",\"phone\":\"0499 87 65 43\",\"whatsApp\":\"0499876543\","
                + "\"assignedVolunteers\":[\"eva\"]}");
        api.patch("/api/tenants/" + id, worker, "{\"status\":\"SEARCHING\"}").andExpect(status().isOk());
        api.put("/api/tenants/" + id + "/consents", worker, "{\"consents\":[{\"purpose\":\"FEDERATION_STATISTICS\","
                + "\"granted\":true},{\"purpose\":\"SHARED_ACTIVITIES\",\"granted\":true}]}").andExpect(status().isOk());
        api.patch("/api/tenants/" + id, worker, "{\"nationalRegisterNumber\":\"85.07.30-033.28\"}")
                .andExpect(status().isOk());
        api.followUp(worker, id, "{\"date\":\"2026-01-05\",\"mode\":\"HOME_VISIT\",\"durationMinutes\":60,"
                + "\"domains\":[\"HOUSING\",\"HEALTH\"],\"note\":\"Worried about the eviction letter\","
                + "\"healthNote\":\"Insulin dose changed\"}");
        api.followUp(eva(), id, "{\"date\":\"2026-01-07\",\"mode\":\"ACCOMPANIMENT\",\"durationMinutes\":90,"
                + "\"place\":{\"name\":\"Bibliothèque Sésame\",\"category\":\"CULTURE\"}}");
        api.put("/api/tenants/" + id + "/support-plan", worker,
                "{\"goals\":[{\"domain\":\"BUDGET\",\"description\":\"Open a bank account\"}]}").andExpect(status().isOk());
        api.post("/api/tenants/" + id + "/relays", worker, "{\"service\":\"CPAS\",\"contact\":\"Call Mr Janssens\"}")
                .andExpect(status().isCreated());
        api.put("/api/tenants/" + id + "/consents", worker, "{\"consents\":[{\"purpose\":\"FEDERATION_STATISTICS\","
                + "\"granted\":false}]}").andExpect(status().isOk());
        http.perform(delete("/api/tenants/" + id).with(worker)).andExpect(status().isNoContent());

        List<ConsumerRecord<String, String>> records = new TopicProbe(kafka).readAll(Topics.TENANTS,
                record -> id.equals(record.key()) && EventCodec.decode(record.value())
                        .map(event -> event.payload() instanceof TenantErased).orElse(false),
                Duration.ofSeconds(30));

        List<String> types = records.stream().filter(record -> id.equals(record.key()))
                .map(record -> EventCodec.decode(record.value()).orElseThrow().type()).toList();
        // the file's own events keep their order; follow-ups have their own outbox and may come in between
        assertThat(types).filteredOn(type -> !type.equals("FollowUpRecorded")).containsExactly("TenantRegistered",
                "TenantStatusChanged", "VolunteersAssigned", "TenantStatusChanged", "ConsentChanged", "ConsentChanged", "ConsentChanged",
                "TenantStatusChanged", "TenantRelayed", "ConsentChanged", "TenantErased");
        assertThat(types).filteredOn(type -> type.equals("FollowUpRecorded")).hasSize(2);
        for (ConsumerRecord<String, String> record : records) {
            for (String personal : PERSONAL) {
                assertThat(record.value()).as("record %s", record.key()).doesNotContain(personal);
            }
        }
    }
}
