package be.foyer.activities.occurrence;

import static be.foyer.platform.test.TestTokens.alice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.activities.ActivityTestSupport;
import be.foyer.events.EventEnvelope;
import be.foyer.events.tenants.TenantErased;
import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.TopicProbe;

/** An erased tenant's first name leaves activity-service; the registration and its place stay. */
@FoyerServiceTest
class TenantErasureTest extends ActivityTestSupport {

    @Autowired
    private MongoDatabase database;

    @Test
    void the_first_name_typed_at_registration_is_forgotten_when_the_tenant_is_erased() throws Exception {
        LocalDateTime start = brusselsNowPlus(24 * 60);
        String activityId = schedule(alice(), activity("Kayak", "FEDERATION", start, start.plusHours(3), 10, null));
        String erasedTenant = tenantOf("smes", true);
        String otherTenant = tenantOf("smes", true);
        register(alice(), activityId, null, erasedTenant, "Zoraïde").andExpect(status().isCreated());
        register(alice(), activityId, null, otherTenant, "Hippolyte").andExpect(status().isCreated());
        assertThat(occurrenceDocument(activityId)).contains("Zoraïde");

        new TopicProbe(kafka).send(EventEnvelope.of("smes", new TenantErased(erasedTenant, LocalDate.of(2026, 11, 20)),
                Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> !occurrenceDocument(activityId).contains("Zoraïde"));
        String stored = occurrenceDocument(activityId);
        assertThat(stored).contains(erasedTenant).contains("Hippolyte");
        assertThat(body(alice(), "/api/activities/" + activityId + "/registrations")).contains("\"placesTaken\":2")
                .doesNotContain("Zoraïde");
    }

    private String occurrenceDocument(String activityId) {
        Document occurrence = database.getCollection(OccurrenceStore.COLLECTION)
                .find(Filters.eq("activityId", activityId)).first();
        return occurrence == null ? "" : occurrence.toJson();
    }
}
