package be.foyer.housing.tenants;

import be.foyer.platform.test.FoyerServiceTest;

@FoyerServiceTest
class KnownTenantsTest extends KnownTenantsScenarios {
}
