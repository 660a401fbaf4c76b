package org.custos.oversight.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.identity.Role;
import org.custos.oversight.internal.CaseService;
import org.custos.oversight.internal.HealthService;
import org.custos.oversight.internal.OversightSettings;
import org.custos.oversight.internal.Requests;
import org.custos.oversight.internal.SegregationService;
import org.custos.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's cases, through the services: segregations (one that ran past its 15 days, one ended after 19, lawful
 * ones with their health visits), restraints (one for a transfer, one that lasted 7 h, one not yet ended), lawful
 * disciplinary decisions, complaints with answers (some late, some unanswered past their deadline), allegations
 * referred (one received four days before it was recorded and referred), a death in custody whose family learnt of
 * it six days later, monitors' visits (none at CECOT), and the medical examination of the recent admissions (most
 * within 24 h, some later, a few never). A collective sanction and a solitary confinement without an end are
 * attempted and refused, as they must be: nothing of them is stored.
 */
@Component
@ConditionalOnProperty(name = "custos.demo.enabled", havingValue = "true")
class OversightDemoCases {

    private static final Logger log = LoggerFactory.getLogger(OversightDemoCases.class);
    static final CurrentUser MONITOR = new CurrentUser(null, "monitor", Set.of(Role.MONITOR), Set.of(), null, false);

    record Held(UUID personId, String facilityCode, OffsetDateTime admittedAt) {
    }

    private final JdbcClient jdbc;
    private final SegregationService segregation;
    private final CaseService cases;
    private final HealthService health;
    private final OversightSettings settings;
    private final OversightDemoHealth examinations;

    OversightDemoCases(JdbcClient jdbc, SegregationService segregation, CaseService cases, HealthService health,
                       OversightSettings settings) {
        this.jdbc = jdbc;
        this.segregation = segregation;
        this.cases = cases;
        this.health = health;
        this.settings = settings;
        this.examinations = new OversightDemoHealth(jdbc, health, settings);
    }

    /** Records every case; returns a summary for the log. */
    String load() {
        OffsetDateTime now = settings.now();
        List<Held> cecot = held("CECOT");
        List<Held> esperanza = held("LA-ESPERANZA");
        int refused = 0;
        if (cecot.size() >= 8) {
            UUID overrun = segregate(cecot.get(0), "SOLITARY", now.minusDays(22), 15, "Agresión a un custodio", -1);
            for (int d = 21; d >= 1; d -= 4) event(overrun, cecot.get(0), "HEALTH_VISIT", now.minusDays(d), "Clínica del centro");
            UUID lawful = segregate(cecot.get(1), "SEGREGATION", now.minusDays(4), 10, "Protección por amenazas", -1);
            for (int d = 4; d >= 1; d--) event(lawful, cecot.get(1), "HEALTH_VISIT", now.minusDays(d).plusHours(2), "Clínica del centro");
            refused += refused(() -> segregation.segregate(new Requests.Segregation(cecot.get(2).personId(), "SOLITARY",
                    "Por orden de la dirección", "Dirección del centro", now.minusDays(1), null), OversightDemo.staff("CECOT")));
            restrain(cecot.get(3), "PREVENT_ESCAPE_DURING_TRANSFER", "HANDCUFFS", now.minusDays(3), 120);
            restrain(cecot.get(4), "PREVENT_HARM_TO_OTHERS", "LEG_RESTRAINTS", now.minusDays(2), 7 * 60);
            allege(cecot.get(5), now.minusHours(5), MONITOR, "Refiere golpes con bastón durante el traslado al sector 4;"
                    + " presenta hematomas en la espalda.");
            allege(cecot.get(6), now.minusDays(4), OversightDemo.staff("CECOT"), "Su madre denuncia en la ventanilla del centro que fue golpeado"
                    + " en la celda durante una requisa.");
            lodge(cecot.get(7), "REQUEST", "Solicita atención médica por fiebre persistente", now.minusDays(20), null);
            death(cecot.get(2), now.minusDays(9), 6 * 24 + 4, 12, "Celda del sector 3", "Hallado sin signos vitales por"
                    + " sus compañeros de celda al amanecer; el médico del centro constató la muerte. Causa pendiente del"
                    + " Instituto de Medicina Legal.");
        }
        if (esperanza.size() >= 12) {
            UUID ended = segregate(esperanza.get(0), "SOLITARY", now.minusDays(14), 7, "Riña con arma blanca", 6);
            event(ended, esperanza.get(0), "HEALTH_VISIT", now.minusDays(13), "Clínica del centro");
            segregate(esperanza.get(1), "SEGREGATION", now.minusDays(30), 15, "Riesgo para su integridad", 19);
            restrain(esperanza.get(2), "PREVENT_SELF_HARM", "RESTRAINT_CHAIR", now.minusHours(6), -1);
            decide(esperanza.get(3), "FIGHTING", "CONFINEMENT_TO_CELL", 5, 9);
            decide(esperanza.get(4), "CONTRABAND", "LOSS_OF_PRIVILEGES", null, 7);
            decide(esperanza.get(5), "DISOBEDIENCE", "WARNING", null, 5);
            decide(esperanza.get(6), "DAMAGE_TO_PROPERTY", "RESTITUTION", null, 3);
            refused += refused(() -> cases.decide(new Requests.Discipline(esperanza.get(7).personId(), "DISTURBANCE",
                    now.minusDays(2), now.minusDays(1), "Niega haber participado", "Se sanciona a todo el sector",
                    "COLLECTIVE_PUNISHMENT", null), OversightDemo.staff("LA-ESPERANZA")));
            lodge(esperanza.get(7), "COMPLAINT", "Falta de agua potable en el sector durante tres días", now.minusDays(3),
                    "Se reparó la bomba y se restableció el suministro; se entregaron garrafas mientras tanto.");
            lodge(esperanza.get(8), "REQUEST", "Solicita la visita de su defensor público", now.minusDays(8),
                    "Se comunicó a la Procuraduría General de la República; visita programada.");
            lodge(esperanza.get(9), "COMPLAINT", "Comida en mal estado en la cena", now.minusDays(25),
                    "Se cambió el proveedor del turno de la noche.");
            lodge(esperanza.get(3), "COMPLAINT", "No recibe su medicación para la hipertensión", now.minusDays(40), null);
            lodge(esperanza.get(4), "REQUEST", "Pide información sobre el estado de su proceso", now.minusDays(2), null);
            allege(esperanza.get(11), now.minusHours(2), MONITOR, "Refiere que fue golpeado al ingresar al centro;"
                    + " el examen médico registró lesiones.");
            death(esperanza.get(10), now.minusDays(18), 5, 8, "Hospital Nacional Rosales", "Trasladado al hospital por"
                    + " insuficiencia renal; falleció durante su ingreso. Autopsia del Instituto de Medicina Legal.");
        }
        visit("GRANJA-SANTA-ANA", 75, "Sectores A y B, cocina, talleres, clínica", "Condiciones adecuadas; se recomienda"
                + " ampliar el horario de visitas.");
        visit("ILOPANGO", 40, "Sector de madres con hijos, clínica", "Falta de pediatra; agua suficiente.");
        visit("LA-ESPERANZA", 420, "Sectores 1 a 4", "Hacinamiento severo; ventilación insuficiente.");
        String exams = examinations.load();
        return "cases at CECOT and La Esperanza (" + refused + " unlawful requests refused, not stored), " + exams;
    }

    private List<Held> held(String facility) {
        return jdbc.sql("""
                select person_id, facility_code, admitted_at from oversight_person where facility_code = :f and held
                  and admitted_at < :before order by booking_number limit 20""")
                .param("f", facility).param("before", settings.now().minusDays(45)).query(Held.class).list();
    }

    private UUID segregate(Held p, String kind, OffsetDateTime start, int plannedDays, String ground, int endedAfterDays) {
        UUID id = segregation.segregate(new Requests.Segregation(p.personId(), kind, ground, "Dirección del centro",
                start, start.plusDays(plannedDays)), OversightDemo.staff(p.facilityCode()));
        if (endedAfterDays > 0) event(id, p, "END", start.plusDays(endedAfterDays), "Dirección del centro");
        return id;
    }

    private void event(UUID segregationId, Held p, String kind, OffsetDateTime at, String by) {
        segregation.event(segregationId, new Requests.SegregationEvent(kind, at, by, null), OversightDemo.staff(p.facilityCode()));
    }

    private void restrain(Held p, String ground, String type, OffsetDateTime start, int minutes) {
        segregation.restrain(new Requests.Restraint(p.personId(), ground, type, start,
                minutes < 0 ? null : start.plusMinutes(minutes), "Jefe de seguridad"), OversightDemo.staff(p.facilityCode()));
    }

    private void decide(Held p, String offence, String sanction, Integer days, int daysAgo) {
        OffsetDateTime notice = settings.now().minusDays(daysAgo);
        cases.decide(new Requests.Discipline(p.personId(), offence, notice, notice.plusDays(1),
                "Presentó su versión de los hechos con asistencia", "Se comprobó la falta con el informe y dos testigos",
                sanction, days), OversightDemo.staff(p.facilityCode()));
    }

    private void lodge(Held p, String kind, String subject, OffsetDateTime lodged, String answer) {
        CurrentUser staff = OversightDemo.staff(p.facilityCode());
        UUID id = cases.lodge(new Requests.Complaint(p.personId(), kind, subject, false, lodged, null), staff);
        if (answer != null) cases.answer(id, new Requests.Answer(answer), staff);
    }

    private void allege(Held p, OffsetDateTime received, CurrentUser by, String account) {
        cases.allege(new Requests.Allegation(p.personId(), received, account), by);
    }

    private void death(Held p, OffsetDateTime died, int kinHours, int authorityHours, String place, String circumstances) {
        health.death(new Requests.Death(p.personId(), died, place, circumstances, died.plusHours(kinHours),
                "Trabajo social del centro", "Fiscalía General de la República", died.plusHours(authorityHours)),
                OversightDemo.staff(p.facilityCode()));
    }

    private void visit(String facility, int daysAgo, String places, String findings) {
        if (jdbc.sql("select exists(select 1 from facility where code = :c)").param("c", facility).query(Boolean.class)
                .single()) {
            health.visit(new Requests.Visit(facility, settings.today().minusDays(daysAgo),
                    "Procuraduría para la Defensa de los Derechos Humanos (PDDH)", places, findings), MONITOR);
        }
    }

    /** Tries what the rules forbid; counts the refusal (nothing is written). */
    private static int refused(Runnable attempt) {
        try {
            attempt.run();
            throw new IllegalStateException("an unlawful request was accepted");
        } catch (ProblemException e) {
            log.debug("Demo oversight: refused as the rules require: {}", e.fields());
            return 1;
        }
    }
}
