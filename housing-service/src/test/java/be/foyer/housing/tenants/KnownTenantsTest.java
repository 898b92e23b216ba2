package be.foyer.housing.tenants;

import be.foyer.platform.test.FoyerServiceTest;
import be.foyer.platform.test.KnownTenantsScenarios;

@FoyerServiceTest
class KnownTenantsTest extends KnownTenantsScenarios {
}
