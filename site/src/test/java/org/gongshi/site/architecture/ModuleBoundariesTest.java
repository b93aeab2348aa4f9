package org.gongshi.site.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The edges of docs/architecture.md: data flows one way, and the core never knows a plugin by name. */
@AnalyzeClasses(packages = "org.gongshi", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    private static final String PLUGIN_IMPLEMENTATIONS = "org.gongshi.plugin.(*)..";

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
}
