package be.foyer.activities.tenants;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.KnownTenantsScenarios;

@FoyerServiceTest
class KnownTenantsTest extends KnownTenantsScenarios {
}
