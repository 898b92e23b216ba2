package be.foyer.reporting;

import org.junit.jupiter.api.Test;

import be.foyer.platform.test.architecture.FeatureBoundaries;

/** The feature boundaries every service keeps (docs/architecture.md). */
class ArchitectureTest {

    @Test
    void features_keep_their_boundaries() {
        FeatureBoundaries.check("be.foyer.reporting");
    }
}
