package be.foyer.tenants.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import be.foyer.platform.test.EmbeddedMongo;

/** Files stored before {@link FollowedFiles} existed still make the caseload once the service starts. */
class FollowedFilesTest {

    @Test
    void followed_files_are_derived_from_the_files_at_start_up_when_missing() {
        try (MongoClient client = MongoClients.create(EmbeddedMongo.uri())) {
            MongoDatabase database = client.getDatabase("followed-" + UUID.randomUUID());
            database.getCollection("tenants").insertMany(List.of(
                    file("mine", "smes", List.of("alice"), List.of("eva")),
                    file("other", "smes", List.of("bob"), List.of()),
                    file("elsewhere", "diogenes", List.of("alice"), List.of()),
                    file("erased", "smes", List.of("alice"), List.of()).append("erased", true)));

            TenantStore store = new TenantStore(database, new FollowedFiles(database));

            assertThat(store.followedBy("smes", "alice", false)).extracting(Tenant::id).containsExactly("mine");
            assertThat(store.followedBy("smes", "eva", true)).extracting(Tenant::id).containsExactly("mine");
            assertThat(store.followedBy("smes", "eva", false)).isEmpty();
            assertThat(store.followedBy("diogenes", "alice", false)).extracting(Tenant::id)
                    .containsExactly("elsewhere");
        }
    }

    private static Document file(String id, String organisation, List<String> referents, List<String> volunteers) {
        return new Document("_id", id).append("organisation", organisation).append("firstName", id)
                .append("lastName", "Before").append("referentWorkers", referents)
                .append("assignedVolunteers", volunteers).append("status", "STREET")
                .append("registeredOn", "2025-01-01").append("registeredBy", "alice")
                .append("registeredAt", new Date()).append("version", 0L);
    }
}
