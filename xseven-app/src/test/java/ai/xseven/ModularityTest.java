package ai.xseven;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(XSevenApplication.class);

  @Test
  void featuresDependOnEachOtherOnlyThroughTheirPublicApiAndWithoutCycles() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagramForTheDocs() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
