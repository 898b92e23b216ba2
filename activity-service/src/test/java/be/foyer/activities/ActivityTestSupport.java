package be.foyer.activities;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.EventType;
import be.foyer.events.Topics;
import be.foyer.events.tenants.ConsentChanged;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.VolunteersAssigned;
import be.foyer.platform.tenants.KnownTenants;
import be.foyer.platform.test.TopicProbe;

/** What the activity-service API tests share: scheduling, known tenants, registrations and the events topic. */
public abstract class ActivityTestSupport {

    protected static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

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

    /** The volunteers assigned to a tenant, as tenant-service announces them. */
    @SuppressWarnings("unchecked")
    protected void assign(String organisation, String tenantId, String... volunteers) {
        knownTenants.apply((EventEnvelope<DomainEvent>) (EventEnvelope<?>) EventEnvelope.of(organisation,
                new VolunteersAssigned(tenantId, List.of(volunteers)), Instant.now()));
    }

    protected ResultActions postJson(RequestPostProcessor user, String path, String json) throws Exception {
        return http.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    protected ResultActions putJson(RequestPostProcessor user, String path, String json) throws Exception {
        return http.perform(put(path).with(user).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** The RRULE of a weekly series on {@code start}'s weekday, {@code count} times. */
    protected static String weekly(LocalDateTime start, int count) {
        return "\"recurrence\":\"FREQ=WEEKLY;BYDAY=" + start.getDayOfWeek().name().substring(0, 2) + ";COUNT=" + count
                + "\"";
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

    /** What is wrong in a topic record against the JSON Schema of its type (formats checked). */
    protected static Set<ValidationMessage> violations(String value) {
        String type = JsonPath.read(value, "$.type");
        int version = JsonPath.read(value, "$.version");
        EventType eventType = EventType.find(type, version).orElseThrow();
        try (InputStream schema = ActivityTestSupport.class.getClassLoader()
                .getResourceAsStream("events/schemas/" + eventType.resourceName() + ".schema.json")) {
            return SCHEMAS.getSchema(schema, STRICT).validate(new ObjectMapper().readTree(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded events of those records. */
    protected static List<EventEnvelope<DomainEvent>> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> EventCodec.decode(record.value()).orElseThrow()).toList();
    }
}
