package be.foyer.activities;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.platform.tenants.KnownTenants;
import be.foyer.platform.test.TopicProbe;

/** What the activity-service API tests share: scheduling, known tenants, registrations and the events topic. */
public abstract class ActivityTestSupport {

    protected static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    protected MockMvc http;

    @Autowired
    protected KnownTenants knownTenants;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String kafka;

    /** An activity body; {@code extra} is more JSON members (without braces), e.g. {@code "recurrence":"..."}. */
    protected static String activity(String title, String visibility, LocalDateTime start, LocalDateTime end,
            int capacity, String extra) {
        return "{\"title\":\"" + title + "\",\"category\":\"WORKSHOP\",\"visibility\":\"" + visibility
                + "\",\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"capacity\":" + capacity
                + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}";
    }

    protected String schedule(RequestPostProcessor user, String body) throws Exception {
        String answer = http.perform(post("/api/activities").with(user).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    /** A tenant of {@code organisation} as tenant-service announced it, with or without the activities consent. */
    @SuppressWarnings("unchecked")
    protected String tenantOf(String organisation, boolean sharesFirstName) {
        String tenantId = UUID.randomUUID().toString();
        knownTenants.apply((EventEnvelope<DomainEvent>) (EventEnvelope<?>) EventEnvelope.of(organisation,
                new TenantRegistered(tenantId, LocalDate.of(2026, 1, 15), null), Instant.now()));
        if (sharesFirstName) {
            knownTenants.apply((EventEnvelope<DomainEvent>) (EventEnvelope<?>) EventEnvelope.of(organisation,
                    new ConsentChanged(tenantId, "SHARED_ACTIVITIES", true, LocalDate.of(2026, 1, 15), null),
                    Instant.now()));
        }
        return tenantId;
    }

    protected ResultActions register(RequestPostProcessor user, String activityId, String occurrenceId,
            String tenantId, String firstName) throws Exception {
        return http.perform(post("/api/activities/" + activityId + "/registrations").with(user)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"tenantId\":\"" + tenantId + "\""
                        + (occurrenceId == null ? "" : ",\"occurrenceId\":\"" + occurrenceId + "\"")
                        + (firstName == null ? "" : ",\"firstName\":\"" + firstName + "\"") + "}"));
    }

    protected String registrationId(ResultActions registered) throws Exception {
        return JsonPath.read(registered.andReturn().getResponse().getContentAsString(), "$.id");
    }

    protected String body(RequestPostProcessor user, String path) throws Exception {
        return http.perform(get(path).with(user)).andReturn().getResponse().getContentAsString();
    }

    /** Now in Brussels, to the minute, shifted by {@code minutes}. */
    protected static LocalDateTime brusselsNowPlus(long minutes) {
        return LocalDateTime.now(BRUSSELS).truncatedTo(ChronoUnit.MINUTES).plusMinutes(minutes);
    }

    /** The records of {@code foyer.activities.v1} with this key, read until one matches {@code until}. */
    protected List<ConsumerRecord<String, String>> records(String key, Predicate<String> until) {
        Predicate<ConsumerRecord<String, String>> mine = record -> key.equals(record.key());
        return new TopicProbe(kafka).readAll(Topics.ACTIVITIES, record -> mine.test(record) && until.test(record.value()),
                Duration.ofSeconds(30)).stream().filter(mine).toList();
    }

    /** The decoded events of those records. */
    protected static List<EventEnvelope<DomainEvent>> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> EventCodec.decode(record.value()).orElseThrow()).toList();
    }
}
