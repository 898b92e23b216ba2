package be.foyer.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * What every service test context shares: one partition per topic (so records are handled in the order sent),
 * quick retries and outbox rounds, MockMvc. The annotations that use it add where Kafka and MongoDB are.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {
        "foyer.kafka.partitions=1",
        "foyer.kafka.retry-interval=100ms",
        "foyer.outbox.poll-interval=50ms",
        // the in-process broker and Mongo stand-in log every step at INFO, which buries the services' own lines
        "logging.level.kafka=WARN",
        "logging.level.state.change.logger=WARN",
        "logging.level.org.apache.kafka=WARN",
        "logging.level.de.bwaldvogel.mongo=WARN"})
@AutoConfigureMockMvc
public @interface FoyerSpringBootTest {
}
