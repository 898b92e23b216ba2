package be.foyer.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The launcher's two parts: process control ({@code process}: starting, stopping and addressing the platform's parts)
 * and demo data ({@code demo}: records made through the gateway). The demo data uses process control, never the
 * other way round; {@link LocalPlatform} and {@link FoyerLauncher}, in this package, put the two together.
 */
class LauncherBoundariesTest {

    private static JavaClasses launcher;

    @BeforeAll
    static void importTheLauncher() {
        launcher = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.foyer.launcher");
    }

    @Test
    void processControlKnowsNothingOfTheDemoData() {
        noClasses().that().resideInAPackage("be.foyer.launcher.process..")
                .should().dependOnClassesThat().resideInAPackage("be.foyer.launcher.demo..")
                .because("the demo data is one client of the running platform; LocalPlatform adds it after the start")
                .check(launcher);
    }

    @Test
    void onlyTheLauncherItselfPutsThePartsTogether() {
        noClasses().that().resideInAnyPackage("be.foyer.launcher.process..", "be.foyer.launcher.demo..")
                .should().dependOnClassesThat().resideInAPackage("be.foyer.launcher")
                .because("LocalPlatform and FoyerLauncher compose process control and demo data, not the reverse")
                .check(launcher);
    }
}
