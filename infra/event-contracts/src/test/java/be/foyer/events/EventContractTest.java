package be.foyer.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Each event of the catalogue has a JSON Schema and a golden sample, and the Java records agree with both. */
class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_golden_sample_is_valid_against_the_schema(EventType type) {
        assertThat(violations(type, sample(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_golden_sample_reads_back_into_the_record_and_writes_the_same_json(EventType type) throws IOException {
        EventEnvelope<DomainEvent> event = EventCodec.decode(sampleText(type)).orElseThrow();

        assertThat(event.payload()).isInstanceOf(type.payloadType());
        assertThat(event.type()).isEqualTo(type.typeName());
        assertThat(event.aggregateId()).isEqualTo(event.payload().aggregateId());
        assertThat(JSON.readTree(EventCodec.encode(event))).isEqualTo(sample(type));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void a_new_event_built_from_the_record_is_valid_against_the_schema(EventType type) throws IOException {
        DomainEvent payload = EventCodec.decode(sampleText(type)).orElseThrow().payload();
        EventEnvelope<DomainEvent> fresh = EventEnvelope.of("diogenes", payload, Instant.parse("2026-11-23T09:00:00Z"));

        assertThat(fresh.topic()).isEqualTo(type.topic());
        assertThat(violations(type, JSON.readTree(EventCodec.encode(fresh)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void the_schema_refuses_personal_data_added_to_the_payload(EventType type) {
        ObjectNode withName = sample(type).deepCopy();
        ((ObjectNode) withName.get("payload")).put("lastName", "Dubrulle");

        assertThat(violations(type, withName)).isNotEmpty();
    }

    @Test
    void an_event_type_this_build_does_not_know_is_skipped_not_failed() {
        String newer = sampleText(EventType.TENANT_REGISTERED).replace("\"version\" : 1", "\"version\" : 2")
                .replace("\"version\": 1", "\"version\": 2");

        assertThat(EventCodec.decode(newer)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void an_envelope_whose_payload_comes_before_its_type_reads_the_same(EventType type) {
        ObjectNode sample = (ObjectNode) sample(type);
        ObjectNode payloadFirst = new ObjectMapper().createObjectNode();
        payloadFirst.set("payload", sample.get("payload"));
        sample.fields().forEachRemaining(field -> payloadFirst.putIfAbsent(field.getKey(), field.getValue()));

        assertThat(EventCodec.decode(payloadFirst.toString())).isEqualTo(EventCodec.decode(sampleText(type)));
    }

    @Test
    void unreadable_records_are_malformed() {
        assertThatThrownBy(() -> EventCodec.decode("[]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode(sampleText(EventType.DWELLING_REGISTERED) + " {}"))
                .isInstanceOf(MalformedEventException.class);
        String payloadNotAnObject = sampleText(EventType.DWELLING_REGISTERED).replace("\"payload\"", "\"p\"")
                .replaceFirst("\\{", "{\"payload\": 3, ");
        assertThatThrownBy(() -> EventCodec.decode(payloadNotAnObject)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.decode(null)).isInstanceOf(MalformedEventException.class);
        String withoutEventId = sampleText(EventType.DWELLING_REGISTERED)
                .replace("\"eventId\"", "\"somethingElse\"");
        assertThatThrownBy(() -> EventCodec.decode(withoutEventId)).isInstanceOf(MalformedEventException.class);
        String withoutOrganisation = sampleText(EventType.DWELLING_REGISTERED)
                .replace("\"organisation\"", "\"owner\"");
        assertThatThrownBy(() -> EventCodec.decode(withoutOrganisation)).isInstanceOf(MalformedEventException.class);
        String badPayload = sampleText(EventType.DWELLING_REGISTERED).replace("\"capacity\": 2", "\"capacity\": \"two\"");
        assertThatThrownBy(() -> EventCodec.decode(badPayload)).isInstanceOf(MalformedEventException.class);
    }

    private static Set<ValidationMessage> violations(EventType type, JsonNode json) {
        try (InputStream schema = resource("events/schemas/" + type.resourceName() + ".schema.json")) {
            JsonSchema validator = SCHEMAS.getSchema(schema, STRICT_FORMATS);
            return validator.validate(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sample(EventType type) {
        try {
            return JSON.readTree(sampleText(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sampleText(EventType type) {
        try (InputStream in = resource("events/samples/" + type.resourceName() + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as("resource %s", path).isNotNull();
        return in;
    }
}
