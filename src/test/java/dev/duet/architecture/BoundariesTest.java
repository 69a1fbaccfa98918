package dev.duet.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the feature packages apart and the layers honest, as DESIGN.md §3 asks. */
class BoundariesTest {

    /** The feature packages of DESIGN.md §3 that exist so far. */
    private static final java.util.List<String> FEATURES =
            java.util.List.of("access", "content", "schema", "datasources", "transfer", "delivery", "webhooks",
                    "assets", "admin", "preview", "activity", "workflow", "discussions", "localization",
                    "scheduling", "releases", "presence", "experiments", "analytics", "collab", "monitoring");

    private static JavaClasses duet;

    @BeforeAll
    static void importClasses() {
        duet = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.duet");
    }

    @Test
    void only_the_composition_root_knows_the_app_package() {
        noClasses().that().resideOutsideOfPackage("dev.duet.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.duet.app..")
                .check(duet);
    }

    @Test
    void http_handlers_never_touch_sql() {
        noClasses().that().haveSimpleNameEndingWith("Routes")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "javax.sql..")
                .check(duet);
    }

    @Test
    void the_storage_and_failure_packages_know_no_feature() {
        noClasses().that().resideInAnyPackage("dev.duet.storage..", "dev.duet.failure..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.duet.access..", "dev.duet.content..",
                        "dev.duet.schema..", "dev.duet.datasources..", "dev.duet.web..", "dev.duet.app..")
                .check(duet);
    }

    @Test
    void the_web_layer_knows_no_feature() {
        noClasses().that().resideInAPackage("dev.duet.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.duet.access..", "dev.duet.content..",
                        "dev.duet.schema..", "dev.duet.datasources..")
                .check(duet);
    }

    @Test
    void one_feature_never_calls_another_features_routes() {
        for (var feature : FEATURES) {
            noClasses().that().resideInAPackage("dev.duet." + feature + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Routes")
                            .and(JavaClass.Predicates.resideOutsideOfPackage("dev.duet." + feature + "..")))
                    .allowEmptyShould(true)
                    .check(duet);
        }
    }

    @Test
    void domain_failures_are_named_and_unchecked() {
        classes().that().resideInAPackage("dev.duet..").and().areAssignableTo(Exception.class)
                .should().beAssignableTo(RuntimeException.class)
                .check(duet);
    }
}
