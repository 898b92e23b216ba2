package be.foyer.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** Each rule fails on a package that breaks it, naming the classes, and passes a package that keeps them all. */
class FeatureBoundariesTest {

    private static final String FIXTURE = "be.foyer.platform.test.architecture.fixture.";

    @Test
    void a_cycle_between_features_fails() {
        assertThatThrownBy(() -> check("cyclic")).hasMessageContaining("Cycle detected")
                .hasMessageContaining("First").hasMessageContaining("Second");
    }

    @Test
    void a_store_used_from_another_feature_fails() {
        assertThatThrownBy(() -> check("store")).hasMessageContaining("Neighbour")
                .hasMessageContaining("HomeStore").hasMessageNotContaining("HomeService.find");
    }

    @Test
    void http_types_in_domain_code_fail_and_in_web_code_pass() {
        assertThatThrownBy(() -> check("transport")).hasMessageContaining("DomainRule")
                .hasMessageContaining("HttpStatus").hasMessageNotContaining("Controller");
    }

    @Test
    void a_service_keeping_its_boundaries_passes() {
        assertThatCode(() -> check("clean")).doesNotThrowAnyException();
    }

    private static void check(String fixture) {
        String servicePackage = FIXTURE + fixture;
        JavaClasses classes = new ClassFileImporter().importPackages(servicePackage);
        assertThat(classes).isNotEmpty();
        FeatureBoundaries.rules(servicePackage).forEach(rule -> rule.check(classes));
    }
}
