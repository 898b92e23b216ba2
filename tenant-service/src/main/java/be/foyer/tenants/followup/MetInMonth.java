package be.foyer.tenants.followup;

import java.time.YearMonth;
import java.util.Set;

import org.springframework.stereotype.Component;

import be.foyer.tenants.tenant.MetTenants;

/** Tells the tenant list who was met in a month, from the follow-ups' monthly read model. */
@Component
class MetInMonth implements MetTenants {

    private final MonthlyContacts monthlyContacts;

    MetInMonth(MonthlyContacts monthlyContacts) {
        this.monthlyContacts = monthlyContacts;
    }

    @Override
    public Set<String> in(String organisation, YearMonth month) {
        return monthlyContacts.tenantsMet(organisation, month);
    }
}
