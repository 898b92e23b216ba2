package be.foyer.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/** A service test on in-process Kafka and mongo-java-server, with MockMvc. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@FoyerSpringBootTest
@ContextConfiguration(initializers = TestInfrastructure.Embedded.class)
public @interface FoyerServiceTest {
}
