package uk.gov.lga.platform.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules of the one service skeleton (root README, "One skeleton"), for a service's base
 * package: {@code api → domain → persistence}, {@code messaging → domain}, {@code client} called by the
 * domain; the domain knows nothing of HTTP, the CDI container or token types (the caller arrives as a
 * {@code Caller}); outside {@code persistence} only its {@code XxxRepository} classes are used, so every
 * type that crosses a layer is a domain type.
 */
public final class ServiceArchitecture {

    private final String base;

    private ServiceArchitecture(String base) {
        this.base = base;
    }

    public static ServiceArchitecture of(String basePackage) {
        return new ServiceArchitecture(basePackage);
    }

    /** The service's production classes (tests excluded). */
    public JavaClasses classes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
    }

    public List<ArchRule> rules() {
        return List.of(domainIsFreeOfTheEdge(), domainKnowsNoTransport(), persistenceServesTheDomainOnly(),
                onlyRepositoriesLeavePersistence(), edgesReachDataThroughTheDomain(), edgesAreApart(),
                clientsAreCalledByTheDomain());
    }

    /** Every rule as its own test, checked against the service's classes, each failure listing every violation. */
    public Stream<DynamicTest> tests() {
        JavaClasses classes = classes();
        return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    ArchRule domainIsFreeOfTheEdge() {
        return noClasses().that().resideInAPackage(pkg("domain"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("api"), pkg("messaging"))
                .because("the domain is called by the edges, never the other way")
                .allowEmptyShould(true);
    }

    ArchRule domainKnowsNoTransport() {
        return noClasses().that().resideInAPackage(pkg("domain"))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "io.vertx.ext.web..", "io.quarkus.security.identity..", "org.eclipse.microprofile.jwt..",
                        "io.quarkus.security.runtime..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.arc.Arc")
                .because("HTTP, the container and tokens stay at the edge: domain methods take a Caller")
                .allowEmptyShould(true);
    }

    ArchRule persistenceServesTheDomainOnly() {
        return noClasses().that().resideInAPackage(pkg("persistence"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("api"), pkg("messaging"), pkg("client"),
                        "jakarta.ws.rs..")
                .allowEmptyShould(true);
    }

    ArchRule onlyRepositoriesLeavePersistence() {
        DescribedPredicate<JavaClass> persistenceInternals = new DescribedPredicate<>(
                "persistence types other than top-level XxxRepository classes") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith(base + ".persistence")
                        && (type.isNestedClass() || !type.getSimpleName().endsWith("Repository"));
            }
        };
        return noClasses().that().resideOutsideOfPackage(pkg("persistence"))
                .should().dependOnClassesThat(persistenceInternals)
                .because("types that cross layers are domain types; a feature's SQL is reached through its repository")
                .allowEmptyShould(true);
    }

    ArchRule edgesReachDataThroughTheDomain() {
        return noClasses().that().resideInAnyPackage(pkg("api"), pkg("messaging"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("persistence"))
                .because("the edges reach data through the domain")
                .allowEmptyShould(true);
    }

    ArchRule edgesAreApart() {
        return noClasses().that().resideInAPackage(pkg("api"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("messaging"))
                .orShould().dependOnClassesThat().resideInAnyPackage(pkg("client"))
                .allowEmptyShould(true);
    }

    ArchRule clientsAreCalledByTheDomain() {
        return noClasses().that().resideInAnyPackage(pkg("messaging"), pkg("persistence"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("client"), pkg("api"))
                .allowEmptyShould(true);
    }

    private String pkg(String layer) {
        return base + "." + layer + "..";
    }
}
