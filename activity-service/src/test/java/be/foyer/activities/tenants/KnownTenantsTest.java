package be.foyer.activities.tenants;

import be.foyer.platform.test.FoyerServiceTest;

@FoyerServiceTest
class KnownTenantsTest extends KnownTenantsScenarios {
}
