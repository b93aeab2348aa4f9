package org.gongshi.site.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The edges of docs/architecture.md: data flows one way, and the core never knows a plugin by name. */
@AnalyzeClasses(packages = "org.gongshi", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    private static final String PLUGIN_IMPLEMENTATIONS = "org.gongshi.plugin.(*)..";
    /** What every plugin may see: the API, the JDK, Javalin and SLF4J (docs/plugins.md). */
    private static final List<String> EVERY_PLUGIN_SEES = List.of("org.gongshi.plugin", "java..", "javax..",
            "io.javalin..", "org.slf4j..");
    /** Libraries a plugin's own pom declares, by plugin package; keep in step with those poms. */
    private static final Map<String, List<String>> DECLARED_LIBRARIES = Map.of("objections", List.of("jakarta.mail.."));

    @ArchTest
    static final ArchRule contentDependsOnNoOtherModule = noClasses().that().resideInAPackage("org.gongshi.content..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gongshi.index..", "org.gongshi.plugin..", "org.gongshi.site..");

    @ArchTest
    static final ArchRule indexDependsOnlyOnContent = noClasses().that().resideInAPackage("org.gongshi.index..")
            .should().dependOnClassesThat().resideInAnyPackage("org.gongshi.plugin..", "org.gongshi.site..");

    @ArchTest
    static final ArchRule pluginsNeverReachIntoTheSite = noClasses().that().resideInAPackage("org.gongshi.plugin..")
            .should().dependOnClassesThat().resideInAPackage("org.gongshi.site..");

    @ArchTest
    static final ArchRule theSiteNeverNamesAPlugin = noClasses().that().resideInAPackage("org.gongshi.site..")
            .should().dependOnClassesThat().resideInAPackage(PLUGIN_IMPLEMENTATIONS);

    @ArchTest
    static final ArchRule theSpiNeverNamesAPlugin = noClasses().that().resideInAPackage("org.gongshi.plugin")
            .should().dependOnClassesThat().resideInAPackage(PLUGIN_IMPLEMENTATIONS);

    @ArchTest
    static final ArchRule pluginsNeverImportEachOther = slices().matching(PLUGIN_IMPLEMENTATIONS)
            .should().notDependOnEachOther();

    /**
     * Trino's rule for its SPI: a plugin sees the one API package, its own code and the libraries it ships, nothing of
     * the site, so it builds and loads against the API jar alone.
     */
    @ArchTest
    static void pluginsSeeOnlyTheApiTheJdkAndTheirOwnLibraries(JavaClasses imported) {
        Set<String> plugins = pluginPackages(imported);
        if (plugins.isEmpty()) {
            throw new AssertionError("no plugin classes were imported: the rule would hold for nothing");
        }
        for (String plugin : plugins) {
            List<String> allowed = new ArrayList<>(EVERY_PLUGIN_SEES);
            allowed.add("org.gongshi.plugin." + plugin + "..");
            allowed.addAll(DECLARED_LIBRARIES.getOrDefault(plugin, List.of()));
            classes().that().resideInAPackage("org.gongshi.plugin." + plugin + "..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                    .check(imported);
        }
    }

    private static Set<String> pluginPackages(JavaClasses imported) {
        Set<String> plugins = new TreeSet<>();
        for (JavaClass type : imported) {
            String name = type.getPackageName();
            if (name.startsWith("org.gongshi.plugin.")) {
                plugins.add(name.substring("org.gongshi.plugin.".length()).split("\\.")[0]);
            }
        }
        return plugins;
    }
}
