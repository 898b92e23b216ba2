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
 * The places each organisation's tenants were accompanied to ({@code _id} = the place's id, which already derives
 * from the organisation and the folded name), with how many follow-ups, withdrawn ones aside, name them: the
 * suggestions of the quick-entry form come from this small collection rather than from every follow-up.
 */
@Repository
class UsedPlaces {

    static final String COLLECTION = "used_places";

    private final MongoCollection<Document> places;

    UsedPlaces(MongoDatabase database) {
        this.places = database.getCollection(COLLECTION);
    }

    /** One more (or, with {@code -1}, one fewer) follow-up names the place; the name as last typed is kept. */
    void count(String organisation, Place place, int uses) {
        places.updateOne(Filters.eq("_id", place.id()), Updates.combine(
                Updates.set("organisation", organisation),
                Updates.set("name", place.name()),
                Updates.set("category", place.category().name()),
                Updates.set("searchName", Names.fold(place.name())),
                Updates.inc("uses", uses)), new UpdateOptions().upsert(true));
    }

    /** @param terms folded words that must all occur in the name; empty for any */
    List<Place> mostUsed(String organisation, List<String> terms, int limit) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("organisation", organisation),
                Filters.gt("uses", 0)));
        terms.forEach(term -> conditions.add(Filters.regex("searchName", Pattern.quote(term))));
        return places.find(Filters.and(conditions)).sort(Sorts.orderBy(Sorts.descending("uses"),
                        Sorts.ascending("searchName")))
                .limit(limit)
                .map(document -> new Place(document.getString("_id"), document.getString("name"),
                        PlaceCategory.valueOf(document.getString("category"))))
                .into(new ArrayList<>());
    }

    boolean isEmpty() {
        return places.find().limit(1).first() == null;
    }
}
