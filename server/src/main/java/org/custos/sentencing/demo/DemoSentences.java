package org.custos.sentencing.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.custos.sentencing.internal.SentencingBulk.DemoPlan;

/**
 * One convicted demo person's sentence and work: deterministic from the person id. Offences and terms
 * in a plausible mix; the sentence starts on or before the admission; 1 in 32 work daily (Monday to
 * Saturday) from the later of the start and 120 days ago, each day approved with a constancia; 1 in
 * 40 has a term that ended 10 to 130 days ago and is still held (over-detention to find). Terms are
 * longer than the time already served, so the rest are not released yet.
 */
final class DemoSentences {

    private static final String[][] OFFENCES = {{"HURTO", "LESSER", "3"}, {"ROBO", "SERIOUS", "8"},
            {"LESIONES", "LESSER", "2"}, {"EXTORSION", "SERIOUS", "15"}, {"POSESION_DROGAS", "SERIOUS", "6"},
            {"ESTAFA", "LESSER", "4"}, {"HOMICIDIO_SIMPLE", "SERIOUS", "15"}, {"AGRUPACIONES_ILICITAS", "SERIOUS", "9"}};

    private DemoSentences() {
    }

    static DemoPlan plan(UUID person, LocalDate admittedOn, LocalDate today) {
        SplittableRandom r = new SplittableRandom(person.getMostSignificantBits() ^ person.getLeastSignificantBits());
        String[] offence = OFFENCES[r.nextInt(OFFENCES.length)];
        LocalDate start = admittedOn.minusDays(r.nextInt(400));
        int served = (int) java.time.temporal.ChronoUnit.YEARS.between(start, today);
        int years = served + 1 + r.nextInt(Integer.parseInt(offence[2]));
        int months = r.nextInt(12);
        int days = 0;
        long toToday = java.time.temporal.ChronoUnit.DAYS.between(start, today);
        if (r.nextInt(40) == 0 && toToday > 140) {
            years = 0;
            months = 0;
            days = (int) (toToday - 10 - r.nextInt(120));
        }
        LocalDate offenceDate = start.minusDays(30 + r.nextInt(400));
        LocalDate fullTerm = start.plusYears(years).plusMonths(months).plusDays(days).minusDays(1);
        List<LocalDate> workDays = new ArrayList<>();
        if (r.nextInt(32) == 0) {
            LocalDate from = start.isAfter(today.minusDays(120)) ? start : today.minusDays(120);
            for (LocalDate d = from; d.isBefore(today) && !d.isAfter(fullTerm); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SUNDAY) workDays.add(d);
            }
        }
        return new DemoPlan(person, offence[0], offence[1], years, months, days, start, offenceDate, workDays);
    }
}
