package be.foyer.housing;

import org.junit.jupiter.api.Test;

import be.foyer.platform.test.architecture.FeatureBoundaries;

/** The boundaries of this service's features (docs/architecture.md): no cycles, stores kept home, domain free of HTTP. */
class ArchitectureTest {

    @Test
    void features_keep_their_boundaries() {
        FeatureBoundaries.check("be.foyer.housing");
    }
}
