package be.foyer.tenants.tenant;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The files each person follows, one small document per person ({@code _id} = {@code organisation|username}): the
 * ids of the files they are referent worker of ({@code referent}) and assigned volunteer of ({@code volunteer}).
 * A caseload is then one read by {@code _id} and one by ids, whatever the size of the organisation; a query on
 * {@code referentWorkers} would scan every file on stores that ignore non-unique indexes (the mongo-java-server
 * stand-in). Written right after the file by {@link TenantStore}; what is read is checked against the files
 * themselves, so an id left behind by a process stopped in between is harmless, and an empty collection is
 * rebuilt from the files at start-up (data from before it existed).
 */
@Repository
class FollowedFiles {

    static final String COLLECTION = "followed_files";
    private static final String REFERENT = "referent";
    private static final String VOLUNTEER = "volunteer";

    private final MongoCollection<Document> followed;

    FollowedFiles(MongoDatabase database) {
        this.followed = database.getCollection(COLLECTION);
    }

    /** @param before {@code null} for a new file; @param after {@code null} for an erased one */
    void changed(Tenant before, Tenant after) {
        Tenant tenant = after != null ? after : before;
        move(tenant, REFERENT, referents(before), referents(after));
        move(tenant, VOLUNTEER, volunteers(before), volunteers(after));
    }

    /** The ids of the files {@code username} follows in {@code organisation}, as a volunteer or a referent. */
    Set<String> of(String organisation, String username, boolean asVolunteer) {
        Document mine = followed.find(Filters.eq("_id", key(organisation, username))).first();
        return mine == null ? Set.of()
                : new HashSet<>(mine.getList(asVolunteer ? VOLUNTEER : REFERENT, String.class, List.of()));
    }

    boolean isEmpty() {
        return followed.find().limit(1).first() == null;
    }

    private void move(Tenant tenant, String role, List<String> was, List<String> is) {
        for (String username : was) {
            if (!is.contains(username)) {
                followed.updateOne(Filters.eq("_id", key(tenant.organisation(), username)),
                        Updates.pull(role, tenant.id()));
            }
        }
        for (String username : is) {
            if (!was.contains(username)) {
                followed.updateOne(Filters.eq("_id", key(tenant.organisation(), username)),
                        Updates.addToSet(role, tenant.id()), new UpdateOptions().upsert(true));
            }
        }
    }

    private static List<String> referents(Tenant tenant) {
        return tenant == null ? List.of() : tenant.profile().referentWorkers();
    }

    private static List<String> volunteers(Tenant tenant) {
        return tenant == null ? List.of() : tenant.profile().assignedVolunteers();
    }

    private static String key(String organisation, String username) {
        return organisation + "|" + username;
    }
}
