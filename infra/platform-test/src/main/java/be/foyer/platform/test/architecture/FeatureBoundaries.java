package be.foyer.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The boundaries every service keeps, checked on its compiled classes (docs/architecture.md). A feature is a
 * direct sub-package of the service's package ({@code be.foyer.tenants.followup}) with its own {@code web} and
 * {@code messaging} parts; the classes outside those two parts are its domain.
 * <ol>
 * <li>no cycle between features: a feature that needs another calls it one way only; nor between any two packages
 * (a feature's {@code messaging} and {@code rebuild} parts included);</li>
 * <li>a store (a class named {@code *Store} or marked {@code @Repository}) is used by its own feature only: other
 * features call that feature's service;</li>
 * <li>domain code holds no web, HTTP or Kafka types (and no problem+json mapping): it says what went wrong with
 * {@code be.foyer.platform.domain}'s exceptions, and the platform answers for it.</li>
 * </ol>
 * A service's architecture test calls {@link #check(String)} with its package.
 */
public final class FeatureBoundaries {

    /** What domain code must not depend on: the ways in and out belong to {@code web} and {@code messaging}. */
    static final String[] TRANSPORT_PACKAGES = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "org.apache.kafka..", "org.springframework.kafka..", "be.foyer.platform.problem.."};

    private FeatureBoundaries() {
    }

    /** Checks the rules on the main classes under {@code servicePackage}; fails naming every breach of each. */
    public static void check(String servicePackage) {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        String breaches = rules(servicePackage).stream().map(rule -> rule.evaluate(service))
                .filter(EvaluationResult::hasViolation).map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining(System.lineSeparator()));
        if (!breaches.isEmpty()) {
            throw new AssertionError(breaches);
        }
    }

    static List<ArchRule> rules(String servicePackage) {
        ArchRule noCycles = slices().matching(servicePackage + ".(*)..").namingSlices("feature $1")
                .should().beFreeOfCycles().allowEmptyShould(true);
        ArchRule noPackageCycles = slices().matching(servicePackage + ".(**)").namingSlices("package $1")
                .should().beFreeOfCycles().allowEmptyShould(true);
        ArchRule storesStayHome = classes().that(areStoresIn(servicePackage))
                .should(beUsedOnlyByTheirFeature(servicePackage)).allowEmptyShould(true);
        ArchRule domainWithoutTransport = noClasses().that().resideInAPackage(servicePackage + ".*..")
                .and().resideOutsideOfPackages("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(TRANSPORT_PACKAGES)
                .because("domain code says what went wrong in domain words; web and messaging parts carry it")
                .allowEmptyShould(true);
        return List.of(noCycles, noPackageCycles, storesStayHome, domainWithoutTransport);
    }

    private static DescribedPredicate<JavaClass> areStoresIn(String servicePackage) {
        return DescribedPredicate.describe("are stores", javaClass -> feature(servicePackage, javaClass).isPresent()
                && (javaClass.getSimpleName().endsWith("Store") || javaClass.isAnnotatedWith(Repository.class)));
    }

    private static ArchCondition<JavaClass> beUsedOnlyByTheirFeature(String servicePackage) {
        return new ArchCondition<>("be used only by their own feature") {
            @Override
            public void check(JavaClass store, ConditionEvents events) {
                Optional<String> home = feature(servicePackage, store);
                for (Dependency use : store.getDirectDependenciesToSelf()) {
                    JavaClass user = use.getOriginClass();
                    if (!home.equals(feature(servicePackage, user))) {
                        events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the first package name under the service's; none for the service's root. */
    static Optional<String> feature(String servicePackage, JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(servicePackage + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(servicePackage.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
