package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Regime (rule 9): outdoor exercise, de facto solitary, solitary's length and end; restraints (rule 11). */
final class RegimeChecks {

    private RegimeChecks() {
    }

    static void regime(ComplianceEngine.Context c, List<Facts.RegimeDay> regime) {
        long minOutdoor = c.policy().whole(Parameter.MIN_OUTDOOR_MINUTES);
        long solitaryHours = c.policy().whole(Parameter.SOLITARY_HOURS_IN_CELL);
        List<Runs.Day> outdoor = new ArrayList<>();
        List<Runs.Day> solitary = new ArrayList<>();
        for (Facts.RegimeDay d : regime) {
            if (d.personId() == null && d.persons() == 0) continue;
            boolean unit = d.personId() == null;
            String label = unit ? d.unitCode() : d.personId().toString();
            List<String> ev = List.of((unit ? "oversight_regime_day:" : "oversight_regime_exception:") + d.recordId());
            java.util.UUID subject = unit ? d.unitId() : d.personId();
            if (d.outdoorMinutes() < minOutdoor) {
                outdoor.add(new Runs.Day(subject, label, d.facilityCode(), d.day(), Severity.VIOLATION,
                        BigDecimal.valueOf(d.outdoorMinutes()), ev));
            }
            long inCell = 24 * 60 - d.minutesOutOfCell();
            if (inCell >= solitaryHours * 60 && !d.meaningfulContact()) {
                solitary.add(new Runs.Day(subject, label, d.facilityCode(), d.day(), Severity.ALERT,
                        BigDecimal.valueOf(d.minutesOutOfCell()), ev));
            }
        }
        for (Runs.Run r : Runs.of(outdoor, false)) {
            c.add(Rule.OUTDOOR_EXERCISE, r.severity(), r.facility(), kindOf(r), r.subject(), r.label(), r.from(), r.to(),
                    Phrase.OUTDOOR.with(minutes(r.worst()), r.days()), Phrase.OUTDOOR_DAILY.with(Duration.ofMinutes(minOutdoor)),
                    r.evidence());
        }
        for (Runs.Run r : Runs.of(solitary, false)) {
            c.add(Rule.DE_FACTO_SOLITARY, r.severity(), r.facility(), kindOf(r), r.subject(), r.label(), r.from(),
                    r.to(), Phrase.SOLITARY.with(minutes(r.worst()), r.days()),
                    Phrase.SOLITARY_LIMIT.with(Duration.ofHours(solitaryHours)), r.evidence());
        }
    }

    /** A run's worst measure in minutes, as the elapsed time it is. */
    private static Duration minutes(BigDecimal worst) {
        return Duration.ofMinutes(worst.longValueExact());
    }

    private static String kindOf(Runs.Run r) {
        return r.evidence().getFirst().startsWith("oversight_regime_day:") ? "UNIT" : "PERSON";
    }

    static void solitary(ComplianceEngine.Context c, List<Facts.Segregation> placements) {
        long maxDays = c.policy().whole(Parameter.SOLITARY_MAX_DAYS);
        for (Facts.Segregation s : placements) {
            List<String> ev = List.of("oversight_segregation:" + s.id());
            OffsetDateTime end = s.endedAt() != null ? s.endedAt() : c.now();
            String label = s.personId().toString();
            if (s.plannedEnd() == null) {
                c.add(Rule.PROLONGED_SOLITARY, Severity.VIOLATION, s.facilityCode(), "PERSON", s.personId(), label,
                        c.day(s.startedAt()), c.day(end), Phrase.NO_PLANNED_END.with(), Phrase.PLANNED_END_WITHIN.with(maxDays), ev);
                continue;
            }
            OffsetDateTime longest = s.endedAt() == null && s.plannedEnd().isAfter(end) ? s.plannedEnd() : end;
            long days = Duration.between(s.startedAt(), longest).toHours() / 24;
            if (Duration.between(s.startedAt(), longest).compareTo(Duration.ofDays(maxDays)) > 0) {
                c.add(Rule.PROLONGED_SOLITARY, Severity.VIOLATION, s.facilityCode(), "PERSON", s.personId(), label,
                        c.day(s.startedAt()), c.day(longest), Phrase.DAYS.with(days), Phrase.AT_MOST_CONSECUTIVE_DAYS.with(maxDays),
                        ev);
            }
        }
    }

    static void restraints(ComplianceEngine.Context c, List<Facts.Restraint> restraints) {
        long maxHours = c.policy().whole(Parameter.RESTRAINT_MAX_HOURS);
        for (Facts.Restraint r : restraints) {
            List<String> ev = List.of("oversight_restraint:" + r.id());
            OffsetDateTime end = r.endedAt() != null ? r.endedAt() : c.now();
            String label = r.personId().toString();
            if (r.ground() == null || r.ground().isBlank() || "PUNISHMENT".equals(r.ground())) {
                c.add(Rule.RESTRAINTS, Severity.VIOLATION, r.facilityCode(), "PERSON", r.personId(), label,
                        c.day(r.startedAt()), c.day(end), r.ground() == null || r.ground().isBlank() ? Phrase.NO_LEGAL_GROUND.with()
                                : Phrase.RESTRAINTS_AS_PUNISHMENT.with(), Phrase.LEGAL_GROUND.with(), ev);
            }
            Duration d = Duration.between(r.startedAt(), end);
            if (d.compareTo(Duration.ofHours(maxHours)) > 0) {
                c.add(Rule.RESTRAINTS, r.endedAt() == null ? Severity.VIOLATION : Severity.ALERT, r.facilityCode(),
                        "PERSON", r.personId(), label, c.day(r.startedAt()), c.day(end),
                        (r.endedAt() == null ? Phrase.RESTRAINED_NOT_ENDED : Phrase.RESTRAINED_FOR).with(Duration.ofMinutes(d.toMinutes())),
                        Phrase.AT_MOST.with(Duration.ofHours(maxHours)), ev);
            }
        }
    }
}
