package be.foyer.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param partitions        partitions of each Foyer topic and its DLT when the service creates them
 * @param replicas          replication factor of those topics
 * @param retryInterval     pause between two tries of a failing record
 * @param retries           tries after the first before the record goes to the DLT
 */
@ConfigurationProperties("foyer.kafka")
public record FoyerKafkaProperties(Integer partitions, Short replicas, Duration retryInterval, Integer retries) {

    public FoyerKafkaProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retryInterval = retryInterval == null ? Duration.ofMillis(500) : retryInterval;
        retries = retries == null ? 2 : retries;
    }
}
