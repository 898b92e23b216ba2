package be.foyer.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** A service test that starts while Kafka is down; the test starts it with {@code LateKafka.current().start()}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
        "foyer.kafka.partitions=1",
        "foyer.kafka.retry-interval=100ms",
        "foyer.outbox.poll-interval=50ms"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestInfrastructure.KafkaDown.class)
public @interface FoyerKafkaOutageTest {
}
