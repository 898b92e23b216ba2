package be.foyer.reporting.projection;

import static be.foyer.platform.test.TestTokens.alice;
import static be.foyer.platform.test.TestTokens.operator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;

import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import com.mongodb.client.MongoDatabase;

import be.foyer.events.Topics;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.reporting.Events;
import be.foyer.reporting.Projected;

/** Freshness: the lag from occurredAt to projection is a metric that Actuator shows. */
@FoyerServiceTest
class LagMetricTest {

    @Autowired
    MockMvc http;

    @Autowired
    MongoDatabase database;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Test
    void an_event_that_happened_an_hour_ago_shows_a_lag_of_at_least_an_hour() throws Exception {
        Projected.publishAndAwait(kafka, database, Events.occurredAgo(
                Events.followUp("org-lag", Events.newId(), LocalDate.of(2023, 1, 5)), Duration.ofHours(1)));

        http.perform(get("/actuator/metrics/" + ProjectionLag.METRIC).param("tag", "topic:" + Topics.TENANTS)
                        .with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(ProjectionLag.METRIC))
                .andExpect(jsonPath("$.baseUnit").value("seconds"))
                .andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value", hasItem(atLeast(1.0))))
                .andExpect(jsonPath("$.measurements[?(@.statistic == 'MAX')].value", hasItem(atLeast(3600.0))));
        http.perform(get("/actuator/metrics/" + ProjectionLag.METRIC))
                .andExpect(status().isUnauthorized());
        http.perform(get("/actuator/metrics/" + ProjectionLag.METRIC).with(alice()))
                .andExpect(status().isForbidden());
    }

    /**
     * A number at least {@code minimum}, whatever type JSON path reads it as: a value with many digits comes as a
     * BigDecimal, which a Double matcher cannot compare (the test failed now and then on it).
     */
    private static Matcher<Object> atLeast(double minimum) {
        return new CustomMatcher<>("a number at least " + minimum) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Number number && number.doubleValue() >= minimum;
            }
        };
    }
}
