package be.foyer.platform.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;
import be.foyer.events.Topics;
import be.foyer.events.tenants.TenantErased;
import be.foyer.events.tenants.TenantRegistered;
import be.foyer.events.tenants.VolunteersAssigned;
import be.foyer.platform.messaging.FoyerKafkaAutoConfiguration;
import be.foyer.platform.messaging.TestBroker;
import be.foyer.platform.mongo.FoyerMongoAutoConfiguration;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The known-tenants read model (housing's and activities') takes a tenant's organisation from its registration: an
 * event that claims another organisation is refused (not applied, counted, dead-lettered once) and the consumer
 * goes on.
 */
class KnownTenantsTrustTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static MongoServer mongo;

    @BeforeAll
    static void startMongo() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void an_event_moving_a_tenant_to_another_organisation_is_refused_and_the_next_events_are_applied() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        FoyerMongoAutoConfiguration.class, KafkaAutoConfiguration.class,
                        FoyerKafkaAutoConfiguration.class, FoyerKnownTenantsAutoConfiguration.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                        "spring.mongodb.database=trust-" + UUID.randomUUID(),
                        "spring.application.name=trust-" + UUID.randomUUID(),
                        "spring.kafka.bootstrap-servers=" + TestBroker.bootstrapServers(),
                        "spring.kafka.consumer.auto-offset-reset=earliest",
                        "spring.kafka.consumer.enable-auto-commit=false",
                        "foyer.kafka.partitions=1", "foyer.kafka.retry-interval=100ms",
                        "foyer.known-tenants.enabled=true")
                .run(context -> {
                    KnownTenants tenants = context.getBean(KnownTenants.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    String tenant = UUID.randomUUID().toString();
                    String other = UUID.randomUUID().toString();

                    send(EventEnvelope.of("smes", new TenantRegistered(tenant, LocalDate.now(), null), Instant.now()));
                    send(EventEnvelope.of("intruders", new TenantRegistered(tenant, LocalDate.now(), null),
                            Instant.now()));
                    send(EventEnvelope.of("intruders", new TenantErased(tenant, LocalDate.now()), Instant.now()));
                    send(EventEnvelope.of("intruders", new VolunteersAssigned(tenant, List.of("mallory")),
                            Instant.now()));
                    send(EventEnvelope.of("smes", new TenantRegistered(other, LocalDate.now(), null), Instant.now()));

                    await().atMost(PATIENCE).until(() -> tenants.has("smes", other));
                    assertThat(tenants.organisationOf(tenant)).isEqualTo("smes");
                    assertThat(tenants.has("smes", tenant)).as("not erased by another organisation").isTrue();
                    assertThat(tenants.isAssigned("intruders", tenant, "mallory")).isFalse();
                    assertThat(tenants.isAssigned("smes", tenant, "mallory")).isFalse();
                    await().atMost(PATIENCE).until(() -> registry.counter("foyer.events.refused", "topic",
                            Topics.TENANTS).count() == 3);
                });
    }

    private static void send(EventEnvelope<?> event) {
        TestBroker.send(event.topic(), event.aggregateId(), EventCodec.encode(event));
    }
}
