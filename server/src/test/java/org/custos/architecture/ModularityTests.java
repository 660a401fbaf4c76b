package org.custos.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.custos.CustosApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules only use each other's published API; writes the module documentation. The Spring-free
 * library {@code org.custos.tlog} and the offline tools {@code org.custos.cli} (on the test class path for
 * the verifier tamper test) share the base package but are not modules of the server, so they are left out,
 * as is the Spring-free release-date engine {@code org.custos.releasedates} (the jar {@code sentencing/}), a
 * library the server's {@code sentencing} module calls.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CustosApplication.class,
            JavaClass.Predicates.resideInAnyPackage("org.custos.tlog..", "org.custos.cli..", "org.custos.releasedates.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("identity", "facilities", "shared", "ledger", "registry", "housing", "movements", "gate", "sentencing");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("target/spring-modulith-docs"))).isTrue();
    }
}
