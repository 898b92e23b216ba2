package be.foyer.reporting.projection;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import be.foyer.reporting.Projected;

/** A fact's entry in the live generation's report summaries, as tests look for it. */
final class StoredSummaries {

    private StoredSummaries() {
    }

    /** The entry of {@code factId} in {@code section} of the summary {@code summaryId}; {@code null} if none. */
    static Document entry(MongoDatabase database, String summaryId, String section, String factId) {
        Document summary = Projected.live(database, ReportSummaries.COLLECTION).find(Filters.eq("_id", summaryId))
                .first();
        Document entries = summary == null ? null : summary.get(section, Document.class);
        return entries == null ? null
                : entries.get(ReportSummaries.path(section, factId).substring(section.length() + 1), Document.class);
    }

    static Document dayEntry(MongoDatabase database, String organisation, java.time.LocalDate day, String section,
            String factId) {
        return entry(database, ReportSummaries.dayKey(organisation, day.toString()), section, factId);
    }

    static Document tenancy(MongoDatabase database, String organisation, String tenancyId) {
        return entry(database, ReportSummaries.tenanciesKey(organisation), ReportSummaries.TENANCIES, tenancyId);
    }
}
