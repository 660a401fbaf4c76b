package org.custos.oversight.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.custos.oversight.internal.ComplianceService;
import org.custos.oversight.internal.HealthService;
import org.custos.oversight.internal.OversightSettings;
import org.custos.oversight.internal.Requests;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The medical examination on admission of every person admitted within the compliance window: 88 % within 24 h,
 * 8 % later (26-80 h), 4 % never; about one in twelve with injuries consistent with their statement. Invented shares.
 */
final class OversightDemoHealth {

    private final JdbcClient jdbc;
    private final HealthService health;
    private final OversightSettings settings;

    OversightDemoHealth(JdbcClient jdbc, HealthService health, OversightSettings settings) {
        this.jdbc = jdbc;
        this.health = health;
        this.settings = settings;
    }

    String load() {
        OffsetDateTime now = settings.now();
        List<OversightDemoCases.Held> recent = jdbc.sql("""
                select person_id, facility_code, admitted_at from oversight_person where held and admitted_at >= :since
                order by booking_number""").param("since", now.minusDays(ComplianceService.WINDOW_DAYS + 1L))
                .query(OversightDemoCases.Held.class).list();
        Random random = new Random(24);
        int within = 0;
        int late = 0;
        for (OversightDemoCases.Held p : recent) {
            int roll = random.nextInt(100);
            if (roll >= 96) continue;
            boolean inTime = roll < 88;
            long minutes = inTime ? 120 + random.nextInt(18 * 60) : 26 * 60 + random.nextInt(54 * 60);
            OffsetDateTime at = p.admittedAt().plusMinutes(minutes);
            if (at.isAfter(now.minusMinutes(5))) continue; // not examined yet
            boolean injured = random.nextInt(12) == 0;
            health.examine(new Requests.MedicalExamination(p.personId(), at, "Clínica del centro",
                    injured ? "Refiere golpes durante la captura" : "Refiere buen estado de salud",
                    injured ? "Equimosis de 3 cm en el antebrazo izquierdo" : "Sin lesiones visibles", true,
                    injured ? "Antebrazo izquierdo: equimosis" : null), OversightDemo.staff(p.facilityCode()));
            if (inTime) within++;
            else late++;
        }
        return recent.size() + " recent admissions: " + within + " examined within 24 h, " + late + " later";
    }
}
