package be.foyer.tenants;

import org.junit.jupiter.api.Test;

import be.foyer.platform.test.architecture.FeatureBoundaries;

/** The boundaries of tenant-service's features (no cycles, stores kept home, domain free of transport types). */
class ArchitectureTest {

    @Test
    void features_keep_their_boundaries() {
        FeatureBoundaries.check("be.foyer.tenants");
    }
}
