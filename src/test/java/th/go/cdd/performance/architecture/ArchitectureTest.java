package th.go.cdd.performance.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code: every package (each folder under th.go.cdd.performance, the root's
 * start-up class included) is a slice, and no slice depends on itself through others. A new import
 * that closes a loop fails the build and names the classes on the loop.
 */
@AnalyzeClasses(packages = "th.go.cdd.performance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("th.go.cdd.performance.(**)").namingSlices("$1").should().beFreeOfCycles();
}
