package be.foyer.housing.dwelling;

import java.util.Optional;

/**
 * What registering a dwelling on a site asks of the site: that it is the organisation's, and the model it is run
 * under. The site feature answers: sites sit above dwellings (a site's page counts its dwellings' places), so
 * dwellings ask through this port and never depend on the site feature.
 */
public interface SiteModels {

    /** The housing model of the organisation's site; empty when the organisation has no such site. */
    Optional<HousingModel> modelOf(String organisation, String siteId);
}
