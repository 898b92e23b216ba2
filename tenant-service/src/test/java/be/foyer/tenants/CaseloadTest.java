package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.bruno;
import static be.foyer.platform.test.TestTokens.farid;
import static be.foyer.platform.test.TestTokens.gina;
import static be.foyer.platform.test.TestTokens.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;

import be.foyer.platform.test.FoyerServiceTest;

/** The signed-in worker's day: the people they follow, this week's appointments, the files they opened last. */
@FoyerServiceTest
class CaseloadTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    static final String CASELOAD = "/api/tenants/caseload";

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    TenantHttp api;

    @BeforeEach
    void setUp() {
        api = new TenantHttp(http);
    }

    String followed(RequestPostProcessor by, String firstName, String lastName, String referent) throws Exception {
        return api.register(by, "{\"firstName\":\"%s\",\"lastName\":\"%s\",\"referentWorkers\":[\"%s\"]}"
                .formatted(firstName, lastName, referent));
    }

    String done(RequestPostProcessor by, String tenant, LocalDate date) throws Exception {
        return api.followUp(by, tenant, "{\"date\":\"%s\",\"mode\":\"PHONE\",\"durationMinutes\":20}".formatted(date));
    }

    String planned(RequestPostProcessor by, String tenant, LocalDate date, String time) throws Exception {
        return api.followUp(by, tenant, "{\"date\":\"%s\",\"time\":\"%s\",\"status\":\"PLANNED\",\"mode\":\"HOME_VISIT\",\"durationMinutes\":60}"
                .formatted(date, time));
    }

    Map<String, Object> caseload(RequestPostProcessor user) throws Exception {
        String body = http.perform(get(CASELOAD).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> caseload, String name) {
        return (List<Map<String, Object>>) caseload.get(name);
    }

    static Map<String, Object> tenant(Map<String, Object> caseload, String id) {
        return list(caseload, "tenants").stream().filter(item -> id.equals(item.get("id"))).findFirst()
                .orElse(null);
    }

    static List<String> ids(Map<String, Object> caseload, String name, String idField) {
        return list(caseload, name).stream().map(item -> (String) item.get(idField)).toList();
    }

    @Test
    void alice_sees_her_referent_tenants_with_flags_and_this_weeks_appointments() throws Exception {
        String metToday = followed(alice(), "Marc", "Today", "alice");
        String metLongAgo = followed(alice(), "Lina", "LongAgo", "alice");
        String neverMet = followed(alice(), "Nora", "Never", "alice");
        String notHers = followed(alice(), "Omar", "OtherReferent", "someone-else");
        String otherOrganisation = followed(bruno(), "Bruno's", "Tenant", "alice");
        done(alice(), metToday, TODAY);
        done(alice(), metLongAgo, TODAY.minusDays(40));
        done(bruno(), otherOrganisation, TODAY);
        String appointment = planned(alice(), metLongAgo, TODAY, "09:15");
        String nextWeek = planned(alice(), metLongAgo, TODAY.plusDays(7), "10:00");
        String forOmar = planned(alice(), notHers, TODAY, "08:00"); // alice planned it: hers to see
        planned(bruno(), otherOrganisation, TODAY, "11:00");

        Map<String, Object> caseload = caseload(alice());

        List<String> tenants = ids(caseload, "tenants", "id");
        assertThat(tenants).contains(metToday, metLongAgo, neverMet).doesNotContain(notHers, otherOrganisation);
        assertThat(tenants.indexOf(neverMet)).isLessThan(tenants.indexOf(metLongAgo));
        assertThat(tenants.indexOf(metLongAgo)).isLessThan(tenants.indexOf(metToday));
        assertThat(tenant(caseload, metToday)).containsEntry("lastContactOn", TODAY.toString())
                .containsEntry("metThisMonth", true).containsEntry("noContactFor30Days", false)
                .containsEntry("firstName", "Marc").containsEntry("status", "STREET");
        assertThat(tenant(caseload, metLongAgo)).containsEntry("lastContactOn", TODAY.minusDays(40).toString())
                .containsEntry("metThisMonth", false).containsEntry("noContactFor30Days", true);
        assertThat(tenant(caseload, neverMet)).containsEntry("lastContactOn", null)
                .containsEntry("metThisMonth", false).containsEntry("noContactFor30Days", true);

        List<String> appointments = ids(caseload, "appointments", "followUpId");
        assertThat(appointments).contains(appointment, forOmar).doesNotContain(nextWeek);
        assertThat(appointments.indexOf(forOmar)).isLessThan(appointments.indexOf(appointment)); // 08:00 first
        Map<String, Object> shown = list(caseload, "appointments").get(appointments.indexOf(appointment));
        assertThat(shown).containsEntry("tenantId", metLongAgo).containsEntry("lastName", "LongAgo")
                .containsEntry("time", "09:15").containsEntry("mode", "HOME_VISIT").containsEntry("status", "PLANNED")
                .containsEntry("date", TODAY.toString());
        assertThat(list(caseload, "appointments").toString()).doesNotContain("Bruno's");
    }

    @Test
    void an_appointment_marked_done_counts_this_month_and_a_withdrawn_follow_up_no_longer_counts() throws Exception {
        String appointmentOnly = followed(alice(), "Ada", "Appointment", "alice");
        String mistaken = followed(alice(), "Will", "Withdrawn", "alice");
        String appointment = planned(alice(), appointmentOnly, TODAY, "16:00");
        done(alice(), mistaken, TODAY.minusDays(45));
        String wrong = done(alice(), mistaken, TODAY);

        Map<String, Object> before = caseload(alice());
        assertThat(tenant(before, appointmentOnly)).containsEntry("metThisMonth", false)
                .containsEntry("lastContactOn", null);
        assertThat(tenant(before, mistaken)).containsEntry("lastContactOn", TODAY.toString());

        api.patch("/api/tenants/" + appointmentOnly + "/follow-ups/" + appointment, alice(), "{\"status\":\"DONE\"}")
                .andExpect(status().isOk());
        api.post("/api/tenants/" + mistaken + "/follow-ups/" + wrong + "/withdraw", alice(),
                "{\"reason\":\"Entered on the wrong file\"}").andExpect(status().isOk());

        Map<String, Object> after = caseload(alice());
        assertThat(tenant(after, appointmentOnly)).containsEntry("metThisMonth", true)
                .containsEntry("lastContactOn", TODAY.toString()).containsEntry("noContactFor30Days", false);
        assertThat(ids(after, "appointments", "followUpId")).doesNotContain(appointment);
        assertThat(tenant(after, mistaken)).containsEntry("lastContactOn", TODAY.minusDays(45).toString())
                .containsEntry("metThisMonth", false).containsEntry("noContactFor30Days", true);
    }

    @Test
    void a_volunteer_sees_only_the_tenants_assigned_to_them() throws Exception {
        RequestPostProcessor hanna = user("hanna", "staff", "habitat-et-humanisme");
        RequestPostProcessor volunteer = user("vera", "volunteer", "habitat-et-humanisme");
        String assigned = api.register(hanna, "{\"firstName\":\"Sara\",\"lastName\":\"Assigned\","
                + "\"referentWorkers\":[\"hanna\"],\"assignedVolunteers\":[\"vera\"]}");
        String notAssigned = followed(hanna, "Ugo", "Unassigned", "hanna");
        planned(hanna, notAssigned, TODAY, "12:00");
        String visit = planned(volunteer, assigned, TODAY, "13:00");

        Map<String, Object> caseload = caseload(volunteer);
        assertThat(ids(caseload, "tenants", "id")).containsExactly(assigned);
        assertThat(ids(caseload, "appointments", "followUpId")).containsExactly(visit);
        assertThat(ids(caseload(hanna), "tenants", "id")).contains(assigned, notAssigned);
    }

    @Test
    void the_caseload_follows_referents_and_volunteers_changed_by_patch_and_erasure() throws Exception {
        RequestPostProcessor hanna = user("hanna", "staff", "habitat-et-humanisme");
        RequestPostProcessor nils = user("nils", "staff", "habitat-et-humanisme");
        RequestPostProcessor volunteer = user("vick", "volunteer", "habitat-et-humanisme");
        String handedOver = followed(hanna, "Hand", "Over", "hanna");
        String erased = followed(hanna, "Soon", "Erased", "hanna");
        assertThat(ids(caseload(hanna), "tenants", "id")).contains(handedOver, erased);

        api.patch("/api/tenants/" + handedOver, hanna,
                "{\"referentWorkers\":[\"nils\"],\"assignedVolunteers\":[\"vick\"]}")
                .andExpect(status().isOk());
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                "/api/tenants/" + erased).with(hanna)).andExpect(status().isNoContent());

        assertThat(ids(caseload(hanna), "tenants", "id")).doesNotContain(handedOver, erased);
        assertThat(ids(caseload(nils), "tenants", "id")).containsExactly(handedOver);
        assertThat(ids(caseload(volunteer), "tenants", "id")).containsExactly(handedOver);

        api.patch("/api/tenants/" + handedOver, hanna, "{\"assignedVolunteers\":[]}").andExpect(status().isOk());
        assertThat(list(caseload(volunteer), "tenants")).isEmpty();
    }

    @Test
    void the_files_opened_last_are_listed_once_each_latest_first() throws Exception {
        RequestPostProcessor reader = user("rita", "staff", "smes");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            files.add(api.register(alice(), "File" + i, "Opened"));
        }
        for (String file : files) {
            http.perform(get("/api/tenants/" + file).with(reader)).andExpect(status().isOk());
        }
        http.perform(get("/api/tenants/" + files.get(2) + "/follow-ups").with(reader)).andExpect(status().isOk());
        http.perform(get("/api/tenants/" + files.get(6)).with(user("other-reader", "staff", "smes")));

        Map<String, Object> caseload = caseload(reader);
        assertThat(ids(caseload, "recentlyOpened", "tenantId"))
                .containsExactly(files.get(2), files.get(6), files.get(5), files.get(4), files.get(3));
        assertThat(list(caseload, "recentlyOpened").get(0)).containsEntry("firstName", "File2")
                .containsKey("openedAt");
        assertThat(list(caseload(bruno()), "recentlyOpened").toString()).doesNotContain("File");
    }

    @Test
    void roles_without_case_files_are_refused() throws Exception {
        http.perform(get(CASELOAD).with(farid())).andExpect(status().isForbidden());
        http.perform(get(CASELOAD).with(gina())).andExpect(status().isForbidden());
        http.perform(get(CASELOAD)).andExpect(status().isUnauthorized());
    }

    @Test
    void the_caseload_stays_fast_beside_thousands_of_other_files_and_follow_ups() throws Exception {
        String organisation = "large-org";
        RequestPostProcessor worker = user("lea", "staff", organisation);
        List<Document> others = new ArrayList<>();
        List<Document> theirFollowUps = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String id = UUID.randomUUID().toString();
            others.add(new Document("_id", id).append("organisation", organisation).append("firstName", "Other" + i)
                    .append("lastName", "Person").append("searchName", "other" + i + " person")
                    .append("sortName", "person other" + i).append("referentWorkers", List.of("colleague"))
                    .append("assignedVolunteers", List.of()).append("status", "HOUSED")
                    .append("registeredOn", "2025-01-01").append("registeredBy", "colleague")
                    .append("registeredAt", new Date()).append("version", 0L));
            theirFollowUps.add(new Document("_id", UUID.randomUUID().toString()).append("organisation", organisation)
                    .append("tenantId", id).append("date", TODAY.toString()).append("status", "DONE")
                    .append("mode", "PHONE").append("durationMinutes", 10).append("domains", List.of())
                    .append("recordedBy", "colleague").append("recordedAt", new Date()));
        }
        database.getCollection("tenants").insertMany(others);
        database.getCollection("follow_ups").insertMany(theirFollowUps);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            mine.add(followed(worker, "Mine" + i, "Followed", "lea"));
            done(worker, mine.get(i), TODAY.minusDays(i * 3));
        }
        planned(worker, mine.get(0), TODAY, "09:00");
        caseload(worker); // warm up

        long started = System.nanoTime();
        Map<String, Object> caseload = caseload(worker);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(ids(caseload, "tenants", "id")).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(list(caseload, "appointments")).hasSize(1);
        System.out.println("Caseload of 20 among 5,020 files and 5,020 follow-ups: " + millis + " ms");
        assertThat(millis).as("caseload time in ms").isLessThan(1500);
    }
}
