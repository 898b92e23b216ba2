package be.foyer.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often the relay looks for pending events besides right after each write: the safety net
 *                     for Kafka coming back and for writes the relay was not told about
 * @param batchSize    how many documents one round handles
 * @param sendTimeout  how long the relay waits for Kafka to acknowledge one event
 */
@ConfigurationProperties("foyer.outbox")
public record OutboxProperties(Duration pollInterval, Integer batchSize,
        Duration sendTimeout) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 100 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    }
}
