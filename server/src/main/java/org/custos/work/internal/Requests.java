package org.custos.work.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The work API's request bodies. */
public final class Requests {

    private Requests() {
    }

    /**
     * A programme. {@code kind} WORKSHOP, KITCHEN, FARM, MAINTENANCE, CONSTRUCTION, STUDY, TEACHING, CULTURE, SPORT;
     * {@code sessionKind} HALF_DAY, FULL_DAY, NIGHT_SHIFT; {@code restDay} ISO day of week 1-7 or null;
     * {@code redencionRule} WORK, STUDY, TEACHING or NONE; {@code maxSecurity} MINIMUM, MEDIUM, MAXIMUM.
     */
    public record Programme(String code, String name, String kind, String facilityCode, Boolean outside, String partner,
                            Integer capacity, String sessionKind, BigDecimal sessionHours, BigDecimal minHours,
                            Integer restDay, String supervisor, Boolean paid, BigDecimal payRate, String payBand,
                            String redencionRule, Boolean noGangRule, String maxSecurity) {
    }

    /** A person's eligibility facts as recorded now (replacing the previous revision). */
    public record Profile(Boolean medicalFit, String medicalNote, Boolean consent, String securityLevel,
                          String regimePhase, Boolean gangMember) {
    }

    public record Allocation(UUID personId, UUID programmeId) {
    }

    /** A status change: SUSPENDED, SUSPENDED_WITH_PAY, ACTIVE, or ENDED with {@code reason}. */
    public record StatusChange(String status, String reason) {
    }

    /** A shift's roster: one record per person. {@code hours} defaults to the session length when attended. */
    public record Roster(LocalDate date, List<Mark> records) {
    }

    public record Mark(UUID personId, String outcome, BigDecimal hours) {
    }

    /** A correction; after the edit window {@code secondPerson} (another user's username) is required. */
    public record Correction(String outcome, BigDecimal hours, String reason, String secondPerson) {
    }

    /** The supervising judge's decisions for a month, one per person. */
    public record Certification(String month, List<Decision> decisions) {
    }

    /** APPROVED (constancia and document SHA-256 required) or REFUSED (reason required). */
    public record Decision(UUID personId, String decision, String reason, String constancia, String documentSha256) {
    }

    /**
     * A production target from {@code validFrom} on: {@code quantity} units ({@code unit} PAIRS, GARMENTS, PIECES,
     * LOAVES, KILOGRAMS) of {@code product} a {@code per} MONTH or SESSION; {@code orderRef} the order it serves.
     */
    public record ProductionTarget(String product, String unit, String per, Integer quantity, LocalDate validFrom,
                                   String orderRef) {
    }

    /** A session's output: {@code quantity} units made (rejects included) and {@code rejects}; {@code team} optional. */
    public record ProductionOutput(LocalDate date, String team, Integer quantity, Integer rejects) {
    }

    /** A pay rate from {@code validFrom}: per session and/or per good unit; {@code payBand} null for every band. */
    public record PayRate(String payBand, java.math.BigDecimal perSession, java.math.BigDecimal pieceRate,
                          LocalDate validFrom, String reason) {
    }

    /** A bonus for a person's month in the programme. */
    public record PayBonus(UUID personId, String month, java.math.BigDecimal amount, String reason) {
    }
}
