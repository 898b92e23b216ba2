package be.foyer.tenants.tenant;

import java.time.YearMonth;
import java.util.Set;

/**
 * The tenants of an organisation met (a follow-up that took place) in a month. The follow-up feature answers it;
 * the tenant list asks it through this interface, so that the tenant feature does not depend on follow-ups.
 */
public interface MetTenants {

    Set<String> in(String organisation, YearMonth month);
}
