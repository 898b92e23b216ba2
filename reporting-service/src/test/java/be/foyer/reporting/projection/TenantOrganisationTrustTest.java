package be.foyer.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.FollowUpRecorded;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.DomainEvent;
import be.foyer.events.EventCodec;
import be.foyer.platform.messaging.EventRefusedException;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;

/**
 * The projection takes a tenant's organisation from its registration: a later event that names another organisation
 * is refused (not counted, sent to the DLT once) and the events after it are projected.
 */
@FoyerServiceTest
class TenantOrganisationTrustTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    TenantFacts tenants;

    @Autowired
    FollowUpFacts followUps;

    @Autowired
    TenantEventsProjection projection;

    @Autowired
    FactBatches batches;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void an_event_claiming_another_organisation_for_a_registered_tenant_is_refused() {
        String tenant = Events.newId();
        Projected.publishAndAwait(kafka, database, Events.tenantRegistered("smes", tenant, LocalDate.of(2023, 1, 5), null));
        EventEnvelope<FollowUpRecorded> forged = Events.followUp("intruders", tenant, LocalDate.of(2023, 2, 1));
        EventEnvelope<TenantErased> forgedErasure = EventEnvelope.of("intruders",
                new TenantErased(tenant, LocalDate.of(2023, 2, 2)), Instant.now());
        EventEnvelope<FollowUpRecorded> genuine = Events.followUp("smes", tenant, LocalDate.of(2023, 2, 3));

        TopicProbe probe = new TopicProbe(kafka);
        probe.send(forged);
        probe.send(forgedErasure);
        Projected.publishAndAwait(kafka, database, genuine);

        assertThat(followUps.exists(genuine.payload().followUpId())).isTrue();
        assertThat(followUps.exists(forged.payload().followUpId())).isFalse();
        assertThat(tenants.organisationOf(tenant)).hasValue("smes");
        assertThat(Projected.live(database, TenantFacts.COLLECTION).find(Filters.eq("_id", tenant)).first())
                .as("not erased by another organisation").doesNotContainKey("erased");
        String forgedId = forged.eventId().toString();
        String erasureId = forgedErasure.eventId().toString();
        assertThat(probe.await(Topics.deadLetterOf(Topics.TENANTS), record -> record.value().contains(erasureId),
                Duration.ofSeconds(30))).isNotNull();
        assertThat(probe.readAll(Topics.deadLetterOf(Topics.TENANTS), record -> false, Duration.ofSeconds(2)))
                .filteredOn(record -> record.value().contains(forgedId)).isNotEmpty();
    }

    @Test
    void an_event_claiming_another_organisation_in_the_same_batch_as_the_registration_is_refused() {
        String tenant = Events.newId();
        EventEnvelope<DomainEvent> registration = decoded(Events.tenantRegistered("smes", tenant,
                LocalDate.of(2023, 1, 5), null));
        EventEnvelope<DomainEvent> forged = decoded(Events.followUp("intruders", tenant, LocalDate.of(2023, 2, 1)));
        FactBatch batch = batches.live();
        projection.apply(registration, batch);
        assertThatThrownBy(() -> projection.apply(forged, batch)).isInstanceOf(EventRefusedException.class);
    }

    private static EventEnvelope<DomainEvent> decoded(EventEnvelope<?> event) {
        return EventCodec.decode(EventCodec.encode(event)).orElseThrow();
    }
}
