package be.foyer.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/** A service test on the real mongo and apache/kafka images; skipped, and reported so, where Docker does not run. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@FoyerSpringBootTest
@ContextConfiguration(initializers = TestInfrastructure.Containers.class)
@Testcontainers(disabledWithoutDocker = true)
public @interface FoyerContainersTest {
}
