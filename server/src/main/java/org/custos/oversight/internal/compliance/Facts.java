package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The recorded facts the rules are measured on; every record carries its id, named in findings as evidence. */
public record Facts(List<Cell> cells, List<RegimeDay> regime, List<Reading> readings, List<Segregation> segregations,
                    List<Restraint> restraints, List<Sanction> sanctions, List<Admission> admissions,
                    List<Complaint> complaints, List<Allegation> allegations, List<Death> deaths,
                    List<FacilityVisits> visits) {

    public Facts {
        cells = nn(cells);
        regime = nn(regime);
        readings = nn(readings);
        segregations = nn(segregations);
        restraints = nn(restraints);
        sanctions = nn(sanctions);
        admissions = nn(admissions);
        complaints = nn(complaints);
        allegations = nn(allegations);
        deaths = nn(deaths);
        visits = nn(visits);
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    /** A cell as it is now: its population and its measured figures. */
    public record Cell(UUID id, String facilityCode, String code, int population, int declaredCapacity,
                       BigDecimal floorArea, int bunks) {
    }

    /**
     * A day's regime: a unit's (for its {@code persons} people without an exception; {@code personId} null) or one
     * person's exception. Minutes out of cell, of outdoor exercise, whether there was meaningful human contact.
     */
    public record RegimeDay(UUID recordId, UUID unitId, String unitCode, UUID personId, String facilityCode,
                            LocalDate day, int persons, int minutesOutOfCell, int outdoorMinutes,
                            boolean meaningfulContact) {
    }

    public record Reading(UUID id, UUID cellId, String facilityCode, String cellCode, OffsetDateTime at,
                          BigDecimal celsius) {
    }

    /** Solitary confinement or segregation; {@code plannedEnd} null is itself a finding; {@code endedAt} null: ongoing. */
    public record Segregation(UUID id, UUID personId, String facilityCode, OffsetDateTime startedAt,
                              OffsetDateTime plannedEnd, OffsetDateTime endedAt) {
    }

    /** A use of restraints; {@code ground} PUNISHMENT or blank is a finding. */
    public record Restraint(UUID id, UUID personId, String facilityCode, String ground, OffsetDateTime startedAt,
                            OffsetDateTime endedAt) {
    }

    /** A disciplinary decision's sanction, with its offence and whether a hearing was held. */
    public record Sanction(UUID caseId, UUID personId, String facilityCode, LocalDate decidedOn, String offenceCode,
                           boolean hearingHeld, String sanctionCode, int persons) {
    }

    public record Admission(UUID personId, String facilityCode, OffsetDateTime admittedAt, UUID examinationId,
                            OffsetDateTime examinedAt) {
    }

    public record Complaint(UUID id, UUID personId, String facilityCode, OffsetDateTime lodgedAt,
                            LocalDate deadline, OffsetDateTime answeredAt) {
    }

    public record Allegation(UUID id, UUID personId, String facilityCode, OffsetDateTime receivedAt,
                             OffsetDateTime referredAt) {
    }

    public record Death(UUID id, UUID personId, String facilityCode, OffsetDateTime diedAt, OffsetDateTime kinInformedAt,
                        OffsetDateTime authorityInformedAt) {
    }

    /** A facility and the date of its latest external inspection (null: never inspected). */
    public record FacilityVisits(String facilityCode, LocalDate lastVisit) {
    }
}
