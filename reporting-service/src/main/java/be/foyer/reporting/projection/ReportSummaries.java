package be.foyer.reporting.projection;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * What the reports read: the facts again, gathered by what a report asks for, each document read by its
 * {@code _id}, so that a report reads a bounded number of documents however long the federation's history is
 * (docs/benchmarks.md: a store that ignores secondary indexes scanned every fact collection for each indicator).
 * <ul>
 * <li>{@code <organisation>|<YYYY-MM-DD>} (a month's days make a {@link MonthSummary}): the day's follow-ups,
 * participations and activities held of the organisation, each under its fact id with what the indicators count (tenant ids, place
 * ids, activity ids, mode, domains), so that distinct counts, unions across organisations and months, corrections
 * and withdrawals give what the facts gave. By day rather than by month because a store that rewrites a whole
 * document on each update (the embedded default) would rewrite a month's worth of entries per batch;</li>
 * <li>{@code <organisation>|tenancies} ({@link OrganisationTenancies}): the organisation's tenancies by id, for
 * tenants housed at a month's end, move-ins, ends and retention (grows with the organisation's tenancies only);</li>
 * <li>{@code council|<YYYY-MM>}: the month's council meetings with the organisations that attended.</li>
 * </ul>
 * Written in the same batch as the facts (one update per summary and batch, however many events touched it),
 * emptied and replayed by a rebuild like them.
 */
@Repository
public class ReportSummaries extends FactCollection {

    static final String COLLECTION = "report_summaries";

    static final String FOLLOW_UPS = "followUps";
    static final String PARTICIPATIONS = "participations";
    static final String ACTIVITIES = "activities";
    static final String TENANCIES = "tenancies";
    static final String MEETINGS = "meetings";

    public ReportSummaries(MongoDatabase database) {
        super(database, COLLECTION);
    }

    static String dayKey(String organisation, String day) {
        return organisation + "|" + day;
    }

    static String tenanciesKey(String organisation) {
        return organisation + "|" + TENANCIES;
    }

    static String councilKey(String month) {
        return "council|" + month;
    }

    /** Sets one fact's entry of a section (replacing it whole). */
    void put(FactBatch batch, String summaryId, String section, String factId, Document entry) {
        batch.set(this, summaryId, path(section, factId), entry);
    }

    /** Sets some fields of one fact's entry, leaving the others (a tenancy's start and end arrive apart). */
    void merge(FactBatch batch, String summaryId, String section, String factId, Document fields) {
        fields.forEach((name, value) -> batch.set(this, summaryId, path(section, factId) + "." + name, value));
    }

    /** Takes one fact out of a section (a follow-up corrected to another month, or withdrawn). */
    void remove(FactBatch batch, String summaryId, String section, String factId) {
        unset(batch, summaryId, path(section, factId));
    }

    /** Field names may hold neither dots nor a leading dollar: fact ids are escaped into a name. */
    static String path(String section, String factId) {
        return section + "." + factId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    /** The organisations' months, every one of them (empty where nothing happened), read by id. */
    public Map<String, Map<YearMonth, MonthSummary>> months(Collection<String> organisations,
            Collection<YearMonth> months) {
        List<String> ids = new ArrayList<>();
        organisations.forEach(organisation -> months.forEach(month -> ids.addAll(days(organisation, month))));
        Map<String, Document> found = byId(ids);
        Map<String, Map<YearMonth, MonthSummary>> summaries = new LinkedHashMap<>();
        for (String organisation : organisations) {
            Map<YearMonth, MonthSummary> ofOrganisation = new LinkedHashMap<>();
            for (YearMonth month : months) {
                ofOrganisation.put(month, MonthSummary.of(days(organisation, month).stream().map(found::get)
                        .filter(java.util.Objects::nonNull).toList()));
            }
            summaries.put(organisation, ofOrganisation);
        }
        return summaries;
    }

    private static List<String> days(String organisation, YearMonth month) {
        List<String> days = new ArrayList<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            days.add(dayKey(organisation, month.atDay(day).toString()));
        }
        return days;
    }

    /** Each organisation's tenancies. */
    public Map<String, OrganisationTenancies> tenancies(Collection<String> organisations) {
        Map<String, Document> found = byId(organisations.stream().map(ReportSummaries::tenanciesKey).toList());
        Map<String, OrganisationTenancies> tenancies = new LinkedHashMap<>();
        organisations.forEach(organisation -> tenancies.put(organisation,
                OrganisationTenancies.of(organisation, found.get(tenanciesKey(organisation)))));
        return tenancies;
    }

    /** The council meetings held in each month: meeting id → the organisations that attended. */
    public Map<YearMonth, Map<String, List<String>>> councilMeetings(Collection<YearMonth> months) {
        Map<String, Document> found = byId(months.stream().map(month -> councilKey(month.toString())).toList());
        Map<YearMonth, Map<String, List<String>>> meetings = new LinkedHashMap<>();
        for (YearMonth month : months) {
            Map<String, List<String>> held = new HashMap<>();
            Document summary = found.get(councilKey(month.toString()));
            Document section = summary == null ? null : summary.get(MEETINGS, Document.class);
            if (section != null) {
                section.forEach((meeting, attending) -> held.put(meeting, ((Document) attending)
                        .getList("attending", String.class, List.of())));
            }
            meetings.put(month, held);
        }
        return meetings;
    }

    /**
     * Queries on {@code _id} alone, which the stand-in too answers from its index, in slices ({@link IdSlices}): a
     * year of a programme's days is about 1,500 ids.
     */
    private Map<String, Document> byId(List<String> ids) {
        Map<String, Document> found = new HashMap<>();
        IdSlices.of(ids).forEach(slice -> facts().find(Filters.in("_id", slice))
                .forEach(document -> found.put(document.getString("_id"), document)));
        return found;
    }
}
