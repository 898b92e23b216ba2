package be.foyer.reporting;

import static be.foyer.platform.test.TestTokens.chloe;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import be.foyer.platform.test.BadInputScenarios;
import be.foyer.platform.test.FoyerServiceTest;

/** Issue 13's bad input on every endpoint of this service (see {@link BadInputScenarios}), and examples. */
@FoyerServiceTest
class BadInputTest extends BadInputScenarios {

    /**
     * The targets body is a map the controller bounds to one entry per indicator; see docs/bad-input.md (OpenAPI
     * exceptions).
     */
    @Override
    protected java.util.List<String> justifiedApiDocumentExceptions() {
        return java.util.List.of("PUT /api/reports/targets body (application/json): a map");
    }


    @Test
    void targets_for_more_indicators_than_exist_or_from_year_9999_are_named() throws Exception {
        StringBuilder targets = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            targets.append(i == 0 ? "" : ",").append("\"indicator").append(i).append("\":1");
        }
        assertRefused(send(HttpMethod.PUT, "/api/reports/targets", chloe(),
                "{\"from\":\"9999-01\",\"targets\":" + targets + "}}"), "targets", "too_many");
        assertRefused(send(HttpMethod.PUT, "/api/reports/targets", chloe(),
                "{\"from\":\"9999-01\",\"targets\":{\"tenantsMetIndividually\":2}}"), "from", "implausible_date");
    }
}
