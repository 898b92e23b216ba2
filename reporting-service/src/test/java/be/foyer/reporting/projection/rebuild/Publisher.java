package be.foyer.reporting.projection.rebuild;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import be.foyer.events.EventCodec;
import be.foyer.events.EventEnvelope;

/** Publishes many events through one producer, keyed by aggregate id as the services' outbox relays do. */
public final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    /** @param lingerMs how long the producer may wait to batch records: 0 sends each at once */
    public Publisher(String bootstrapServers, int lingerMs) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    public void send(EventEnvelope<?> event) {
        producer.send(new ProducerRecord<>(event.topic(), event.aggregateId(), EventCodec.encode(event)));
    }

    public void sendAll(List<EventEnvelope<?>> events) {
        events.forEach(this::send);
        producer.flush();
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
