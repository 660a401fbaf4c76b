package org.custos.oversight.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The oversight API's request bodies. */
public final class Requests {

    private Requests() {
    }

    /** A unit's regime for a day, once for all its people, with per-person exceptions; a correction names its reason. */
    public record Regime(LocalDate day, Integer minutesOutOfCell, Integer outdoorMinutes, Boolean meaningfulContact,
                         List<RegimeException> exceptions, String reason) {
    }

    public record RegimeException(UUID personId, Integer minutesOutOfCell, Integer outdoorMinutes,
                                  Boolean meaningfulContact, String note) {
    }

    /** Readings to record in one transaction (typed in, or a sensor import: all or nothing). */
    public record Readings(String source, List<Reading> readings) {
    }

    public record Reading(UUID cellId, OffsetDateTime measuredAt, BigDecimal celsius, BigDecimal humidity) {
    }

    /** {@code kind} SOLITARY or SEGREGATION; {@code plannedEnd} required, at most 15 days after the start. */
    public record Segregation(UUID personId, String kind, String ground, String authorizedBy, OffsetDateTime startedAt,
                              OffsetDateTime plannedEnd) {
    }

    /** {@code kind} HEALTH_VISIT, REVIEW or END. */
    public record SegregationEvent(String kind, OffsetDateTime at, String byWhom, String note) {
    }

    public record Restraint(UUID personId, String ground, String type, OffsetDateTime startedAt, OffsetDateTime endedAt,
                            String authorizedBy) {
    }

    public record RestraintEnd(OffsetDateTime endedAt) {
    }

    public record Discipline(UUID personId, String offenceCode, OffsetDateTime noticeAt, OffsetDateTime hearingAt,
                             String defence, String decision, String sanctionCode, Integer sanctionDays) {
    }

    /** {@code kind} REQUEST or COMPLAINT; {@code deadline} defaults to the policy's answer days after lodging. */
    public record Complaint(UUID personId, String kind, String subject, Boolean confidential, OffsetDateTime lodgedAt,
                            LocalDate deadline) {
    }

    public record Answer(String answer) {
    }

    public record Allegation(UUID personId, OffsetDateTime receivedAt, String account) {
    }

    public record MedicalExamination(UUID personId, OffsetDateTime examinedAt, String examinedBy, String statement,
                                     String findings, Boolean consistent, String injuries) {
    }

    public record Death(UUID personId, OffsetDateTime diedAt, String place, String circumstances,
                        OffsetDateTime kinInformedAt, String kinInformedBy, String authority,
                        OffsetDateTime authorityInformedAt) {
    }

    public record Visit(String facilityCode, LocalDate visitedOn, String body, String places, String findings) {
    }
}
