package dev.miniospring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the layout of the main code: packages free of cycles, every package
 * {@code @NullMarked}, no internal type (package-private, or in an {@code internal}
 * package) in a public signature of the API packages, and no API package depending on an
 * {@code internal} package.
 */
class ArchitectureTests {

    private static final String BASE = "dev.miniospring";

    /**
     * The packages that are not API: the engine ({@code core}, {@code internal}) and the
     * Spring Boot integration, which wires the engine.
     */
    private static final String[] ENGINE_AND_BOOT_PACKAGES = { BASE + ".core", BASE + ".internal..",
            BASE + ".autoconfigure..", BASE + ".health..", BASE + ".testcontainers..", BASE + ".docker..",
            BASE + ".aot.." };

    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void importsTheMainCode() {
        assertThat(MAIN.contain("dev.miniospring.core.MinioTemplate")).isTrue();
        assertThat(MAIN.stream().map(JavaClass::getPackageName)).allMatch((name) -> name.startsWith(BASE));
    }

    @Test
    void packagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching("(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageIsNullMarked() {
        Set<String> packages = new TreeSet<>();
        MAIN.forEach((type) -> packages.add(type.getPackageName()));
        assertThat(packages).allSatisfy((name) -> assertThat(MAIN.getPackage(name).isAnnotatedWith(NullMarked.class))
            .as("package %s has a @NullMarked package-info.java", name)
            .isTrue());
    }

    @Test
    void publicSignaturesOfApiPackagesUseNoInternalType() {
        ArchRule rule = classes().that(areApi())
            .should(exposeOnlyApiTypes())
            .because("users can only depend on public types of the API packages");
        rule.check(MAIN);
    }

    @Test
    void apiPackagesDoNotDependOnInternalPackages() {
        noClasses().that()
            .resideOutsideOfPackages(ENGINE_AND_BOOT_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(BASE + ".internal..")
            .because("internal packages may change in any release, and the API types users hold must not")
            .check(MAIN);
    }

    private static DescribedPredicate<JavaClass> areApi() {
        return DescribedPredicate.describe("are public types of API packages",
                (type) -> !isInternalPackage(type) && isPublicApi(type));
    }

    private static ArchCondition<JavaClass> exposeOnlyApiTypes() {
        return new ArchCondition<>("expose only public API types in public and protected signatures") {

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<JavaClass> exposed = new ArrayList<>();
                type.getRawSuperclass().ifPresent(exposed::add);
                exposed.addAll(type.getRawInterfaces());
                exposed.stream()
                    .filter(ArchitectureTests::isInternal)
                    .forEach((internal) -> events.add(SimpleConditionEvent.violated(type,
                            type.getName() + " extends or implements internal " + internal.getName())));
                type.getMembers()
                    .stream()
                    .filter(ArchitectureTests::isVisible)
                    .forEach((member) -> signatureTypes(member).stream()
                        .filter(ArchitectureTests::isInternal)
                        .forEach((internal) -> events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " exposes internal " + internal.getName()))));
            }

        };
    }

    private static boolean isVisible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new HashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        }
        if (member instanceof JavaCodeUnit codeUnit) {
            types.addAll(codeUnit.getReturnType().getAllInvolvedRawTypes());
            for (JavaType parameter : codeUnit.getParameterTypes()) {
                types.addAll(parameter.getAllInvolvedRawTypes());
            }
        }
        return types;
    }

    private static boolean isInternal(JavaClass type) {
        JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
        if (!base.getPackageName().startsWith(BASE)) {
            return false;
        }
        return isInternalPackage(base) || !isPublicApi(base);
    }

    private static boolean isInternalPackage(JavaClass type) {
        return (type.getPackageName() + ".").contains(".internal.");
    }

    private static boolean isPublicApi(JavaClass type) {
        if (!type.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        return type.getEnclosingClass().map(ArchitectureTests::isPublicApi).orElse(true);
    }

}
