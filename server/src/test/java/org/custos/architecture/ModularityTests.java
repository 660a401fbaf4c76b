package org.custos.architecture;

import org.custos.CustosApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules only use each other's published API; writes the module documentation. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CustosApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("identity", "facilities", "shared");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("target/spring-modulith-docs"))).isTrue();
    }
}
