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
                    "as little as " + r.worst() + " min outdoors on " + r.days() + " days", "≥ " + minOutdoor + " min a day",
                    r.evidence());
        }
        for (Runs.Run r : Runs.of(solitary, false)) {
            c.add(Rule.DE_FACTO_SOLITARY, r.severity(), r.facility(), kindOf(r), r.subject(), r.label(), r.from(),
                    r.to(), "as little as " + r.worst() + " min out of cell, no meaningful contact, on " + r.days()
                            + " days", "< " + solitaryHours + " h in cell, or meaningful contact", r.evidence());
        }
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
                        c.day(s.startedAt()), c.day(end), "no planned end", "a planned end of at most " + maxDays
                                + " days", ev);
                continue;
            }
            OffsetDateTime longest = s.endedAt() == null && s.plannedEnd().isAfter(end) ? s.plannedEnd() : end;
            long days = Duration.between(s.startedAt(), longest).toHours() / 24;
            if (Duration.between(s.startedAt(), longest).compareTo(Duration.ofDays(maxDays)) > 0) {
                c.add(Rule.PROLONGED_SOLITARY, Severity.VIOLATION, s.facilityCode(), "PERSON", s.personId(), label,
                        c.day(s.startedAt()), c.day(longest), days + " days", "≤ " + maxDays + " consecutive days", ev);
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
                        c.day(r.startedAt()), c.day(end), r.ground() == null || r.ground().isBlank() ? "no legal ground"
                                : "restraints as punishment", "a legal ground, never punishment", ev);
            }
            Duration d = Duration.between(r.startedAt(), end);
            if (d.compareTo(Duration.ofHours(maxHours)) > 0) {
                c.add(Rule.RESTRAINTS, r.endedAt() == null ? Severity.VIOLATION : Severity.ALERT, r.facilityCode(),
                        "PERSON", r.personId(), label, c.day(r.startedAt()), c.day(end),
                        d.toMinutes() + " min" + (r.endedAt() == null ? ", not ended" : ""), "≤ " + maxHours + " h", ev);
            }
        }
    }
}
