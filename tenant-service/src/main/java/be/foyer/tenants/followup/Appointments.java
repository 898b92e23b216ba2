package be.foyer.tenants.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

/**
 * The follow-ups that are PLANNED, one document each ({@code _id} = follow-up id), without any text: a small
 * collection (an appointment leaves it once marked done, missed, cancelled or withdrawn) that the caseload reads a
 * week of without going through every follow-up ever recorded.
 */
@Repository
class Appointments {

    static final String COLLECTION = "appointments";

    private final MongoCollection<Document> appointments;

    Appointments(MongoDatabase database) {
        this.appointments = database.getCollection(COLLECTION);
    }

    void planned(FollowUp followUp) {
        appointments.replaceOne(Filters.eq("_id", followUp.id()), new Document("_id", followUp.id())
                .append("organisation", followUp.organisation())
                .append("tenantId", followUp.tenantId())
                .append("date", followUp.date().toString())
                .append("time", followUp.time() == null ? null : followUp.time().toString())
                .append("mode", followUp.mode().name())
                .append("recordedById", followUp.recordedBy().id()), new ReplaceOptions().upsert(true));
    }

    void notPlanned(FollowUp followUp) {
        appointments.deleteOne(Filters.eq("_id", followUp.id()));
    }

    /**
     * From {@code first} to {@code last} included, by date and time (those without a time first in their day).
     *
     * @param plannedBy also the appointments the worker with this id planned for other tenants; {@code null} for
     *                  none
     */
    List<Appointment> between(String organisation, LocalDate first, LocalDate last, Collection<String> tenantIds,
            String plannedBy) {
        Bson whose = plannedBy == null ? Filters.in("tenantId", tenantIds)
                : Filters.or(Filters.in("tenantId", tenantIds), Filters.eq("recordedById", plannedBy));
        return appointments.find(Filters.and(Filters.eq("organisation", organisation),
                        Filters.gte("date", first.toString()), Filters.lte("date", last.toString()), whose))
                .sort(Sorts.ascending("date", "time", "_id"))
                .map(Appointments::toAppointment).into(new ArrayList<>());
    }

    boolean isEmpty() {
        return appointments.find().limit(1).first() == null;
    }

    private static Appointment toAppointment(Document document) {
        String time = document.getString("time");
        return new Appointment(document.getString("_id"), document.getString("tenantId"),
                LocalDate.parse(document.getString("date")), time == null ? null : LocalTime.parse(time),
                FollowUpMode.valueOf(document.getString("mode")));
    }
}
