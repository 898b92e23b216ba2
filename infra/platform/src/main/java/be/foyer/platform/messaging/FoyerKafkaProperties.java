package be.foyer.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param partitions        partitions of each Foyer topic and its DLT when the service creates them
 * @param replicas          replication factor of those topics
 * @param retryInterval     pause after the first failed try of a record (it doubles while an outage lasts)
 * @param maxRetryInterval  longest pause between two tries while an outage lasts
 * @param retries           tries after the first before a record failing for an unexpected reason (neither an
 *                          outage nor unreadable) goes to the DLT
 */
@ConfigurationProperties("foyer.kafka")
public record FoyerKafkaProperties(Integer partitions, Short replicas, Duration retryInterval,
        Duration maxRetryInterval, Integer retries) {

    public FoyerKafkaProperties {
        partitions = partitions == null ? 3 : partitions;
        replicas = replicas == null ? 1 : replicas;
        retryInterval = retryInterval == null ? Duration.ofMillis(500) : retryInterval;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofSeconds(30) : maxRetryInterval;
        retries = retries == null ? 2 : retries;
    }
}
