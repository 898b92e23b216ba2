package be.foyer.platform.test;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One in-process KRaft broker per test JVM, keeping records for good like every Foyer broker, shared by the Spring contexts that need a running Kafka. */
public final class EmbeddedKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperty("log.retention.ms", "-1"); // as every Foyer broker: kept for rebuilds
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return broker.getBrokersAsString();
    }
}
