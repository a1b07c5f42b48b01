package io.custos.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, and the persistence unit that must know every entity. */
class ArchitectureTest {

    private static final List<String> DOMAIN_MODULES = List.of(
            "tenants", "identity", "regions", "audit", "customers", "consent", "requests", "training", "webhooks");

    private static final JavaClasses CUSTOS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.custos");

    @Test
    void modulesReachOtherModulesOnlyThroughTheirApiPackages() {
        for (String module : DOMAIN_MODULES) {
            String own = "io.custos." + module + "..";
            noClasses()
                    .that()
                    .resideInAPackage(own)
                    .should()
                    .dependOnClassesThat(new DescribedPredicate<JavaClass>("another module's internals") {
                        @Override
                        public boolean test(JavaClass target) {
                            String pkg = target.getPackageName();
                            if (!pkg.startsWith("io.custos.") || pkg.startsWith("io.custos." + module)) {
                                return false;
                            }
                            String other = pkg.substring("io.custos.".length()).split("\\.")[0];
                            boolean platform = other.equals("platform");
                            boolean api = pkg.equals("io.custos." + other + ".api");
                            return !platform && !api && !other.equals("app");
                        }
                    })
                    .check(CUSTOS);
        }
    }

    /** The trail observes every module's events; others see only what its api package announces. */
    @Test
    void nobodyReachesIntoTheAuditTrailTheyObserveThroughEvents() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.custos.audit..", "io.custos.app..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.custos.audit..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("io.custos.audit.api.."))))
                .check(CUSTOS);
    }

    @Test
    void jsonProcessingGoesThroughTheProviderLookedUpOnce() {
        // jakarta.json.Json's static factories scan the class path for the provider on every call.
        noClasses()
                .should()
                .callMethodWhere(new DescribedPredicate<>("a static factory of jakarta.json.Json") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        return call.getTargetOwner().isEquivalentTo(jakarta.json.Json.class);
                    }
                })
                .check(CUSTOS);
    }

    @Test
    void platformDependsOnNoDomainModule() {
        classes()
                .that()
                .resideInAPackage("io.custos.platform..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(DOMAIN_MODULES.stream()
                        .map(m -> "io.custos." + m + "..")
                        .toArray(String[]::new))
                .check(CUSTOS);
    }

    /**
     * Regions is below identity, customers and consent (they read its stores and rule packs): it
     * learns where staff work and what customers consented to only through the decision's gates,
     * so no runtime cycle hides behind a platform interface (#18).
     */
    @Test
    void regionsReachesNoOtherDomainModule() {
        noClasses()
                .that()
                .resideInAPackage("io.custos.regions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(DOMAIN_MODULES.stream()
                        .filter(m -> !m.equals("regions"))
                        .map(m -> "io.custos." + m + "..")
                        .toArray(String[]::new))
                .check(CUSTOS);
    }

    /** Domain interfaces live with their owners (People in identity, StoreDirectory in regions), gates in platform. */
    @Test
    void platformHoldsNoDomainDirectories() {
        assertThat(CUSTOS.stream()
                        .filter(c -> c.getPackageName().startsWith("io.custos.platform"))
                        .map(JavaClass::getSimpleName))
                .doesNotContain("People", "StoreDirectory", "ConsentLedger");
    }

    @Test
    void thePersistenceUnitListsEveryEntityAndConverter() throws IOException {
        Set<String> mapped = CUSTOS.stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        String persistenceXml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            persistenceXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(mapped).isNotEmpty();
        assertThat(mapped).allSatisfy(name -> assertThat(persistenceXml)
                .as("persistence.xml lists " + name)
                .contains("<class>" + name + "</class>"));
    }
}
