package be.foyer.reporting.projection;

import be.foyer.platform.test.FoyerServiceTest;

@FoyerServiceTest
class FollowUpProjectionTest extends FollowUpProjectionScenarios {
}
