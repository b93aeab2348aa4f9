package org.gongshi.site.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No package of the site module reaches itself again through others; its root package counts as one. */
@AnalyzeClasses(packages = "org.gongshi.site", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.gongshi.(**)").should().beFreeOfCycles();
}
