package be.foyer.platform.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The real MongoDB (a replica set, as in docker-compose) and Apache Kafka images, started once per test JVM. */
public final class RealServers {

    private static MongoDBContainer mongo;
    private static KafkaContainer kafka;

    private RealServers() {
    }

    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:8.0");
            mongo.start();
        }
        return mongo.getConnectionString();
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.1");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }
}
