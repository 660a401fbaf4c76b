package org.custos.agreements.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.agreements.intake.IntakeService;
import org.custos.agreements.internal.AgreementService;
import org.custos.agreements.internal.Requests;
import org.custos.agreements.rules.AgreementTerms;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's custody agreement, after the demo facilities: the United States–El Salvador arrangement of March 2025
 * as publicly reported (the figures and their assumptions are in {@code docs/agreements.md}), recorded through
 * {@link AgreementService#create} so that {@code AgreementRecorded} commits its rows and the demo audits clean.
 * Then its flight manifest ({@link DemoIntake}) through {@link IntakeService#submit}: the accepted are admitted through
 * the registry, every decision is committed by {@code ManifestChecked}. Runs once: a database that holds the
 * agreement's code is left alone.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class AgreementsDemo implements ApplicationRunner {

    static final String CODE = "US-SV-2025";
    /**
     * The demo's author: the demo's agreements administrator account ({@code convenios}, national scope), so the
     * agreement page names an author a reader recognises rather than an English placeholder.
     */
    private static final CurrentUser DEMO = new CurrentUser(null, "convenios", Set.of(Role.AGREEMENT_ADMINISTRATOR), Set.of(),
            null, false);
    private static final Logger log = LoggerFactory.getLogger(AgreementsDemo.class);

    private final AgreementService agreements;
    private final IntakeService intake;
    private final JdbcClient jdbc;

    AgreementsDemo(AgreementService agreements, IntakeService intake, JdbcClient jdbc) {
        this.agreements = agreements;
        this.intake = intake;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists(select 1 from agreement where code = :c)").param("c", CODE).query(Boolean.class).single()) {
            return;
        }
        try {
            agreements.create(new Requests.NewAgreement(CODE, usNotes()), DEMO);
            log.info("Demo agreement {} recorded", CODE);
            var checked = intake.submit(DemoIntake.manifest(CODE), "JSON", DEMO, List.of());
            log.info("Demo manifest of {}: {} accepted, {} refused", CODE, checked.accepted(), checked.refused());
        } catch (ProblemException e) {
            log.warn("Demo agreement {} refused: {}", CODE, e.fields());
        }
    }

    /**
     * The diplomatic notes of March 2025: about 300 places in CECOT for one year; the released grant (USD 4.76
     * million for up to 300 people for up to a year, on a per-person cost basis) is USD 43.47 a place-day
     * (4,760,000 ÷ 300 ÷ 365); people convicted in the United States and deportees, who were received.
     */
    static AgreementTerms usNotes() {
        AgreementTerms.Fee fee = new AgreementTerms.Fee("PER_PLACE_DAY", new BigDecimal("43.47"), "USD", null, null, null);
        AgreementTerms.Law law = new AgreementTerms.Law("US",
                "Tribunales de los Estados Unidos para la condena; tribunales de El Salvador para los delitos cometidos durante la custodia",
                List.of("Procuraduría para la Defensa de los Derechos Humanos", "Comité Internacional de la Cruz Roja"),
                "Queja ante la Procuraduría para la Defensa de los Derechos Humanos; la Embajada de los Estados Unidos recibe copia");
        AgreementTerms.Rules rules = new AgreementTerms.Rules("US-SV-2025.1", List.of("FINALLY_CONVICTED", "DEPORTEE"),
                List.of("MALE"), 18, null, List.of(), false, false, false, false, List.of(), false, null, null,
                "DEPORT_AT_END", null);
        return new AgreementTerms("Notas diplomáticas Estados Unidos–El Salvador de marzo de 2025", "US",
                "Departamento de Estado de los Estados Unidos", "Dirección General de Centros Penales",
                LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 15), 12, 0, 0, List.of("CECOT"), 300, fee,
                List.of("TRANSPORT", "MEDICAL"), "MONTHLY", 30, law, rules);
    }
}
