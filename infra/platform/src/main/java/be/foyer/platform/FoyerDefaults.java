package be.foyer.platform;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code foyer-defaults.properties} as the lowest-precedence property source: the settings every service
 * shares (Kafka, Keycloak, MongoDB address, Actuator, logging) are written once and each can still be overridden
 * by the service's {@code application.yml} or an environment variable.
 */
public class FoyerDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "foyer-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("foyerDefaults",
                    new ClassPathResource(RESOURCE, FoyerDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("Missing " + RESOURCE + " in the platform jar", e);
        }
    }
}
