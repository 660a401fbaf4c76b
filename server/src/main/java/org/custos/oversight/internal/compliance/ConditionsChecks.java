package org.custos.oversight.internal.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Humane conditions: occupancy, living space and bunks per cell (rule 8), cell temperature (rule 10). */
final class ConditionsChecks {

    private ConditionsChecks() {
    }

    static void occupancy(ComplianceEngine.Context c, List<Facts.Cell> cells) {
        BigDecimal alert = c.policy().get(Parameter.OCCUPANCY_ALERT_PERCENT);
        BigDecimal violation = c.policy().get(Parameter.OCCUPANCY_VIOLATION_PERCENT);
        BigDecimal space = c.policy().get(Parameter.MIN_SPACE_M2);
        for (Facts.Cell cell : cells) {
            if (cell.population() == 0) continue;
            List<String> ev = List.of("cell:" + cell.id());
            BigDecimal pop = BigDecimal.valueOf(cell.population());
            if (cell.declaredCapacity() == 0) {
                c.add(Rule.OCCUPANCY, Severity.VIOLATION, cell.facilityCode(), "CELL", cell.id(), cell.code(), c.today(),
                        c.today(), Phrase.NO_DECLARED_CAPACITY.with(cell.population()), Phrase.PERCENT.with(violation), ev);
            } else {
                BigDecimal rate = pop.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(cell.declaredCapacity()), 1, RoundingMode.HALF_UP);
                if (rate.compareTo(violation) > 0) {
                    c.add(Rule.OCCUPANCY, Severity.VIOLATION, cell.facilityCode(), "CELL", cell.id(), cell.code(),
                            c.today(), c.today(), Phrase.PERCENT.with(rate), Phrase.ABOVE_PERCENT.with(violation), ev);
                } else if (rate.compareTo(alert) > 0) {
                    c.add(Rule.OCCUPANCY, Severity.ALERT, cell.facilityCode(), "CELL", cell.id(), cell.code(),
                            c.today(), c.today(), Phrase.PERCENT.with(rate), Phrase.ABOVE_PERCENT.with(alert), ev);
                }
            }
            BigDecimal perPerson = cell.floorArea().divide(pop, 2, RoundingMode.HALF_UP);
            if (perPerson.compareTo(space) < 0) {
                c.add(Rule.LIVING_SPACE, Severity.VIOLATION, cell.facilityCode(), "CELL", cell.id(), cell.code(),
                        c.today(), c.today(), Phrase.SQUARE_METRES.with(perPerson), Phrase.AT_LEAST_SQUARE_METRES.with(space), ev);
            }
            if (cell.bunks() < cell.population()) {
                c.add(Rule.BUNKS, Severity.VIOLATION, cell.facilityCode(), "CELL", cell.id(), cell.code(), c.today(),
                        c.today(), Phrase.BUNKS.with(cell.bunks(), cell.population()), Phrase.BUNK_PER_PERSON.with(), ev);
            }
        }
    }

    /** A cell's day whose mean reading is at or above the violation threshold, or above the alert one. */
    static void temperature(ComplianceEngine.Context c, List<Facts.Reading> readings) {
        BigDecimal alert = c.policy().get(Parameter.TEMPERATURE_ALERT_C);
        BigDecimal violation = c.policy().get(Parameter.TEMPERATURE_VIOLATION_C);
        Map<String, List<Facts.Reading>> byCellDay = new TreeMap<>();
        for (Facts.Reading r : readings) {
            byCellDay.computeIfAbsent(r.cellId() + "|" + c.day(r.at()), k -> new ArrayList<>()).add(r);
        }
        List<Runs.Day> hot = new ArrayList<>();
        for (List<Facts.Reading> day : byCellDay.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Facts.Reading r : day) sum = sum.add(r.celsius());
            BigDecimal mean = sum.divide(BigDecimal.valueOf(day.size()), 1, RoundingMode.HALF_UP);
            Facts.Reading first = day.getFirst();
            Severity s = mean.compareTo(violation) >= 0 ? Severity.VIOLATION
                    : mean.compareTo(alert) > 0 ? Severity.ALERT : null;
            if (s == null) continue;
            hot.add(new Runs.Day(first.cellId(), first.cellCode(), first.facilityCode(), c.day(first.at()), s, mean,
                    day.stream().map(r -> "oversight_reading:" + r.id()).toList()));
        }
        for (Runs.Run run : Runs.of(hot, true)) {
            c.add(Rule.TEMPERATURE, run.severity(), run.facility(), "CELL", run.subject(), run.label(), run.from(),
                    run.to(), Phrase.TEMPERATURE.with(run.worst(), run.days()), run.severity() == Severity.VIOLATION
                            ? Phrase.BELOW_CELSIUS.with(violation) : Phrase.AT_MOST_CELSIUS.with(alert), run.evidence());
        }
    }
}
