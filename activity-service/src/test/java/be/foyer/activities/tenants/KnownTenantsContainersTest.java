package be.foyer.activities.tenants;

import be.foyer.platform.test.FoyerContainersTest;
import be.foyer.platform.test.KnownTenantsScenarios;

/** The same scenarios on the real mongo and Kafka images; skipped where Docker does not run. */
@FoyerContainersTest
class KnownTenantsContainersTest extends KnownTenantsScenarios {
}
