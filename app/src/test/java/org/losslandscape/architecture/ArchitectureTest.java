package org.losslandscape.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the layering that the module descriptors cannot express on their own, on the
 * compiled main classes of every module.
 *
 * <p>The classes are imported from the sibling modules' {@code target/classes} folders,
 * because this module's tests run on the class path, where scanning by package would miss
 * the named modules. The reactor compiles those modules before this one, so run the build
 * from the root: {@code ./mvnw verify}.
 */
class ArchitectureTest {

    private static final List<String> MODULE_FOLDERS = List.of("model", "viewmodel", "view-spi", "view", "heatmap-view");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        List<Path> folders = new ArrayList<>();
        for (String module : MODULE_FOLDERS) {
            Path folder = Path.of("..", module, "target", "classes");
            assertTrue(Files.isDirectory(folder), "Compiled classes not found in " + folder.toAbsolutePath()
                    + ". Build from the project root: ./mvnw verify");
            folders.add(folder);
        }
        classes = new ClassFileImporter().importPaths(folders);
    }

    @Test
    void modelDependsOnJavaBaseOnly() {
        ArchRule rule = classes().that().resideInAPackage("org.losslandscape.model..")
                .should().onlyDependOnClassesThat(inJavaBaseOr("org.losslandscape.model"))
                .because("the model is plain Java numerics that any front end can reuse: "
                        + "no JavaFX, no RxJava and no other module of this project");

        rule.check(classes);
    }

    @Test
    void viewModelNeverSeesJavaFx() {
        ArchRule rule = noClasses().that().resideInAPackage("org.losslandscape.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..",
                        "org.pdfsam.rxjavafx..", "org.controlsfx..")
                .because("view-models take their schedulers from outside and are tested without a "
                        + "toolkit; only views move values onto the FX thread");

        rule.check(classes);
    }

    @Test
    void viewsReachModelOnlyThroughViewModel() {
        ArchRule rule = noClasses().that().resideInAPackage("org.losslandscape.view..")
                .and().resideOutsideOfPackage("org.losslandscape.view.cli..")
                .should().dependOnClassesThat(modelComputations())
                .because("views show what view-models compute, so the computations stay testable "
                        + "without a window and off the FX thread. The command-line package "
                        + "org.losslandscape.view.cli is exempt: it exports the grid without any view");

        rule.check(classes);
    }

    @Test
    void pluginsKnowOnlyTheSpi() {
        ArchRule rule = noClasses().that().resideInAPackage("org.losslandscape.view.heatmap..")
                .should().dependOnClassesThat().resideInAnyPackage("org.losslandscape.view.app..",
                        "org.losslandscape.view.slices..", "org.losslandscape.view.text..",
                        "org.losslandscape.view.cli..")
                .because("a view plug-in depends on the small SPI module, never on the application, "
                        + "so it builds and ships on its own");

        rule.check(classes);
    }

    @Test
    void nothingDependsOnPlugins() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.losslandscape.view.heatmap..")
                .should().dependOnClassesThat().resideInAPackage("org.losslandscape.view.heatmap..")
                .because("plug-ins are found with ServiceLoader, so removing one from the module "
                        + "path must leave the application working");

        rule.check(classes);
    }

    @Test
    void computationPredicateMatchesComputationClasses() {
        DescribedPredicate<JavaClass> computations = modelComputations();

        for (String name : List.of("org.losslandscape.model.TinyNetwork", "org.losslandscape.model.grid.LossGridComputer",
                "org.losslandscape.model.export.GridExporter", "org.losslandscape.model.training.Adam",
                "org.losslandscape.model.training.TrainingRun")) {
            assertTrue(computations.test(classes.get(name)), name + " must count as a computation");
        }
        for (String name : List.of("org.losslandscape.model.ParameterPoint", "org.losslandscape.model.grid.GridAxes",
                "org.losslandscape.model.training.OptimizerKind")) {
            assertFalse(computations.test(classes.get(name)), name + " is a value type that views may use");
        }
    }

    @Test
    void javaBasePredicateRejectsLibraries() {
        DescribedPredicate<JavaClass> allowed = inJavaBaseOr("org.losslandscape.model");
        ClassFileImporter importer = new ClassFileImporter();

        assertTrue(allowed.test(importer.importClass(java.util.List.class)));
        assertTrue(allowed.test(classes.get("org.losslandscape.model.ParameterPoint")));
        assertFalse(allowed.test(importer.importClass(io.reactivex.rxjava3.core.Observable.class)));
        assertFalse(allowed.test(classes.get("org.losslandscape.viewmodel.LossMap")));
        assertFalse(allowed.test(importer.importClass(java.awt.Color.class)), "java.desktop is not java.base");
    }

    /**
     * Returns the model classes that compute rather than describe: the loss and its gradient,
     * the grid computation, export, and the optimizers with their training runs.
     */
    private static DescribedPredicate<JavaClass> modelComputations() {
        return assignableTo("org.losslandscape.model.Objective")
                .or(simpleName("LossGridComputer").and(resideInAPackage("org.losslandscape.model.grid")))
                .or(resideInAPackage("org.losslandscape.model.export.."))
                .or(assignableTo("org.losslandscape.model.training.Optimizer"))
                .or(simpleName("TrainingRun").and(resideInAPackage("org.losslandscape.model.training")))
                .as("model computations (Objective and TinyNetwork, LossGridComputer, export, "
                        + "optimizers, TrainingRun)");
    }

    /** Returns a predicate for classes of java.base, primitive types and arrays of them, and {@code projectPackage}. */
    private static DescribedPredicate<JavaClass> inJavaBaseOr(String projectPackage) {
        Set<String> javaBase = ModuleLayer.boot().findModule("java.base").orElseThrow().getPackages();
        return DescribedPredicate.describe("java.base or " + projectPackage, javaClass -> {
            JavaClass base = javaClass;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            String name = base.getPackageName();
            return base.isPrimitive() || javaBase.contains(name)
                    || name.equals(projectPackage) || name.startsWith(projectPackage + ".");
        });
    }
}
