package org.custos.work.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The work module's configuration: the attendance edit window ({@code custos.work.edit-window-days}), the
 * eligibility policy's version and parameters ({@code custos.work.eligibility.*}), today in the facilities'
 * time zone.
 */
@Component
public class WorkSettings {

    /** Art. 105-A (D.L. 380/2016) listed offences, as the release-date engine's SV rule set names them. */
    static final String EXCLUDED = "REGIMEN_INTERNAMIENTO_ESPECIAL,HOMICIDIO_AGRAVADO,SECUESTRO,"
            + "ATENTADO_LIBERTAD_INDIVIDUAL_AGRAVADO,EXTORSION,EXTORSION_AGRAVADA,ROBO_AGRAVADO,VIOLACION,"
            + "VIOLACION_MENOR_INCAPAZ,AGRESION_SEXUAL,AGRESION_SEXUAL_MENOR_INCAPAZ,VIOLACION_AGRESION_SEXUAL_AGRAVADA,"
            + "ENVENENAMIENTO_AGUAS,AGRUPACIONES_ILICITAS,HACIENDA_PUBLICA,DROGAS,TERRORISMO,CRIMEN_ORGANIZADO";

    private final Clock clock;
    private final ZoneId zone;
    private final int editWindowDays;
    private final Eligibility.Params policy;

    WorkSettings(Clock clock, @Value("${custos.time-zone:America/El_Salvador}") String zone,
                 @Value("${custos.work.edit-window-days:7}") int editWindowDays,
                 @Value("${custos.work.eligibility.version:SV-PCO-2026.1}") String version,
                 @Value("${custos.work.eligibility.outside-phases:TRUST,SEMI_FREEDOM}") Set<String> outsidePhases,
                 @Value("${custos.work.eligibility.excluded-offences:" + EXCLUDED + "}") Set<String> excluded) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.editWindowDays = editWindowDays;
        this.policy = new Eligibility.Params(version, outsidePhases, excluded);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The day an instant falls on in the facilities' time zone. */
    public LocalDate dateOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    /** The first instant of a day in the facilities' time zone, in UTC. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public int editWindowDays() {
        return editWindowDays;
    }

    public Eligibility.Params policy() {
        return policy;
    }
}
