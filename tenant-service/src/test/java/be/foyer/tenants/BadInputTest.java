package be.foyer.tenants;

import static be.foyer.platform.test.TestTokens.alice;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.foyer.platform.test.BadInputScenarios;
import be.foyer.platform.test.FoyerServiceTest;

/** Issue 13's bad input on every endpoint of this service (see {@link BadInputScenarios}). */
@FoyerServiceTest
class BadInputTest extends BadInputScenarios {

    @Override
    protected RequestPostProcessor reader() {
        return alice();
    }
}
