package be.foyer.reporting.projection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;

import be.foyer.reporting.projection.TenancyFacts.Tenancy;

/**
 * An organisation's tenancies as {@link ReportSummaries} holds them (tenancy id → tenant, move-in, end, reason):
 * the housing indicators of any month and retention, from one document.
 */
public final class OrganisationTenancies {

    private final Map<String, Entry> byId;

    private record Entry(Tenancy tenancy, String endMonth) {
    }

    private OrganisationTenancies(Map<String, Entry> byId) {
        this.byId = byId;
    }

    static OrganisationTenancies of(String organisation, Document summary) {
        Map<String, Entry> byId = new TreeMap<>();
        Document section = summary == null ? null : summary.get(ReportSummaries.TENANCIES, Document.class);
        if (section != null) {
            section.forEach((id, value) -> {
                Document entry = (Document) value;
                String moveIn = entry.getString("moveInDate");
                String end = entry.getString("endDate");
                byId.put(id, new Entry(new Tenancy(organisation, entry.getString("tenantId"),
                        moveIn == null ? null : LocalDate.parse(moveIn), end == null ? null : LocalDate.parse(end),
                        entry.getString("reason")), entry.getString("endMonth")));
            });
        }
        return new OrganisationTenancies(byId);
    }

    /** Indicator {@code tenantsHoused}: tenants with a tenancy running at the month's end. */
    public Set<String> tenantsHousedAtEndOf(YearMonth month) {
        LocalDate lastDay = month.atEndOfMonth();
        Set<String> housed = new HashSet<>();
        byId.values().forEach(entry -> {
            Tenancy tenancy = entry.tenancy();
            if (tenancy.moveInDate() != null && !tenancy.moveInDate().isAfter(lastDay)
                    && (tenancy.endDate() == null || tenancy.endDate().isAfter(lastDay))
                    && tenancy.tenantId() != null) {
                housed.add(tenancy.tenantId());
            }
        });
        return housed;
    }

    /** Indicator {@code moveIns}: the tenancies that began in the month. */
    public Set<String> moveIns(YearMonth month) {
        Set<String> began = new HashSet<>();
        byId.forEach((id, entry) -> {
            LocalDate moveIn = entry.tenancy().moveInDate();
            if (moveIn != null && YearMonth.from(moveIn).equals(month)) {
                began.add(id);
            }
        });
        return began;
    }

    public Map<String, Long> endsByReason(YearMonth month) {
        Map<String, Long> counts = new TreeMap<>();
        byId.values().stream().filter(entry -> month.toString().equals(entry.endMonth()))
                .forEach(entry -> counts.merge(String.valueOf(entry.tenancy().endReason()), 1L, Long::sum));
        return counts;
    }

    /** The tenancies whose move-in date is known, for retention (per tenancy and per person). */
    public List<Tenancy> tenancies() {
        List<Tenancy> known = new ArrayList<>();
        byId.values().stream().map(Entry::tenancy).filter(tenancy -> tenancy.moveInDate() != null)
                .forEach(known::add);
        return known;
    }
}
