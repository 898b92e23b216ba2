package be.foyer.reporting.retention;

import be.foyer.events.BrusselsTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.platform.security.Organisations;
import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.projection.TenancyFacts.Tenancy;
import be.foyer.reporting.projection.ReportFacts;

/** Retention of the tenancies, and of the people, of some organisations, as of today in Brussels. */
@Service
public class RetentionService {

    private final ReportFacts facts;
    private final Clock clock;

    public RetentionService(ReportFacts facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    public Retention of(Collection<String> organisations) {
        return Retention.of(tenanciesOf(organisations), today());
    }

    /** The people who moved in with {@code organisations}, followed through every member's tenancies. */
    public PersonRetention ofPeople(Collection<String> organisations) {
        List<Tenancy> housing = tenanciesOf(Organisations.ALL);
        return PersonRetention.of(housing, facts.federationKeys(housing.stream().map(Tenancy::tenantId).toList()),
                organisations, today());
    }

    private List<Tenancy> tenanciesOf(Collection<String> organisations) {
        List<Tenancy> all = new ArrayList<>();
        facts.tenancies(organisations).values().forEach(tenancies -> all.addAll(tenancies.tenancies()));
        return all;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BrusselsTime.ZONE));
    }
}
