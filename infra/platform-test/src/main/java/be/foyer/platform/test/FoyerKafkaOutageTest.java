package be.foyer.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/** A service test that starts while Kafka is down; the test starts it with {@code LateKafka.current().start()}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@FoyerSpringBootTest
@ContextConfiguration(initializers = TestInfrastructure.KafkaDown.class)
public @interface FoyerKafkaOutageTest {
}
