package be.foyer.platform.messaging;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Replaces Spring's logging listener, which writes the whole record value into the log when a send fails: logs
 * carry ids only. The outbox relay reports the failure itself and retries.
 */
class QuietProducerListener implements ProducerListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(QuietProducerListener.class);

    @Override
    public void onError(ProducerRecord<Object, Object> record, RecordMetadata metadata, Exception exception) {
        log.debug("Send to {} with key {} failed: {}", record.topic(), record.key(),
                exception.getClass().getSimpleName());
    }
}
