package be.foyer.activities;

import org.junit.jupiter.api.Test;

import be.foyer.platform.test.architecture.FeatureBoundaries;

/** The feature boundaries every service keeps (docs/architecture.md): no cycles, stores at home, domain free of transport. */
class ArchitectureTest {

    @Test
    void features_keep_their_boundaries() {
        FeatureBoundaries.check("be.foyer.activities");
    }
}
