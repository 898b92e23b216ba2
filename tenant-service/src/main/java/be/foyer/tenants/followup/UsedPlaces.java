package be.foyer.tenants.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import be.foyer.tenants.tenant.Names;

/**
 * The places tenants were accompanied to, with how many follow-ups (withdrawn ones aside) name them: per organisation
 * ({@code place_uses}, {@code _id} = organisation|place id) for the quick-entry form's suggestions, and for the whole
 * federation ({@code place_directory}, {@code _id} = place id), the shared directory of places. Both are small
 * collections read instead of every follow-up; they hold a place's name and category only, never who went there.
 */
@Repository
class UsedPlaces {

    static final String BY_ORGANISATION = "place_uses";
    static final String DIRECTORY = "place_directory";

    private final MongoCollection<Document> byOrganisation;
    private final MongoCollection<Document> directory;

    UsedPlaces(MongoDatabase database) {
        this.byOrganisation = database.getCollection(BY_ORGANISATION);
        this.directory = database.getCollection(DIRECTORY);
    }

    /** One more (or, with {@code -1}, one fewer) follow-up names the place; the name as last typed is kept. */
    void count(String organisation, Place place, int uses) {
        byOrganisation.updateOne(Filters.eq("_id", organisation + "|" + place.id()), Updates.combine(
                Updates.set("organisation", organisation),
                Updates.set("placeId", place.id()),
                described(place),
                Updates.inc("uses", uses)), new UpdateOptions().upsert(true));
        directory.updateOne(Filters.eq("_id", place.id()), Updates.combine(described(place),
                Updates.inc("uses", uses)), new UpdateOptions().upsert(true));
    }

    /** @param terms folded words that must all occur in the name; empty for any */
    List<Place> mostUsed(String organisation, List<String> terms, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("organisation", organisation)));
        return mostUsed(byOrganisation, "placeId", conditions, terms, limit);
    }

    /** The federation's places, whoever used them; @param terms as for {@link #mostUsed(String, List, int)} */
    List<Place> inDirectory(List<String> terms, int limit) {
        return mostUsed(directory, "_id", new ArrayList<>(), terms, limit);
    }

    boolean isEmpty() {
        return byOrganisation.find().limit(1).first() == null && directory.find().limit(1).first() == null;
    }

    private static Bson described(Place place) {
        return Updates.combine(Updates.set("name", place.name()),
                Updates.set("category", place.category().name()),
                Updates.set("searchName", Names.fold(place.name())));
    }

    private static List<Place> mostUsed(MongoCollection<Document> places, String idField, List<Bson> conditions,
            List<String> terms, int limit) {
        conditions.add(Filters.gt("uses", 0));
        terms.forEach(term -> conditions.add(Filters.regex("searchName", Pattern.quote(term))));
        return places.find(Filters.and(conditions)).sort(Sorts.orderBy(Sorts.descending("uses"),
                        Sorts.ascending("searchName")))
                .limit(limit)
                .map(document -> new Place(document.getString(idField), document.getString("name"),
                        PlaceCategory.valueOf(document.getString("category"))))
                .into(new ArrayList<>());
    }
}
