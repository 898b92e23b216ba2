package be.foyer.reporting.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import be.foyer.reporting.ReportMonth;
import be.foyer.reporting.projection.TenancyFacts;
import be.foyer.reporting.projection.TenancyFacts.Tenancy;

/** Retention of the tenancies of some organisations, as of today in Brussels. */
@Service
public class RetentionService {

    private final TenancyFacts tenancies;
    private final Clock clock;

    public RetentionService(TenancyFacts tenancies, Clock clock) {
        this.tenancies = tenancies;
        this.clock = clock;
    }

    public Retention of(Collection<String> organisations) {
        List<Tenancy> all = new ArrayList<>();
        organisations.forEach(organisation -> all.addAll(tenancies.tenancies(organisation)));
        return Retention.of(all, LocalDate.now(clock.withZone(ReportMonth.BRUSSELS)));
    }
}
