package be.foyer.platform.test;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at its Kafka and MongoDB. Every context gets a database of its own, so that one context's
 * outbox relay never publishes what another context wrote.
 */
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    static void apply(ConfigurableApplicationContext context, String mongoUri, String kafkaBootstrapServers) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + mongoUri,
                "spring.mongodb.database=test-" + UUID.randomUUID(),
                "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers).applyTo(context);
    }

    /** In-process Kafka and mongo-java-server. */
    public static class Embedded implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            apply(context, EmbeddedMongo.uri(), EmbeddedKafka.bootstrapServers());
        }
    }

    /** mongo-java-server and a Kafka broker that is not running yet ({@link LateKafka}). */
    public static class KafkaDown implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            apply(context, EmbeddedMongo.uri(), LateKafka.reserve().bootstrapServers());
        }
    }

    /** The real mongo and apache/kafka images (only where Docker runs). */
    public static class Containers implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            apply(context, RealServers.mongoUri(), RealServers.kafkaBootstrapServers());
        }
    }
}
