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
 * in a plausible mix; the sentence starts on or before the admission; 1 in 8 work daily (Monday to
 * Saturday) from the later of the start and 150 days ago, each day approved with a constancia; 1 in
 * 40 was sentenced long ago and is now held past the release date (over-detention to find).
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
        int max = Integer.parseInt(offence[2]);
        int years = 1 + r.nextInt(max);
        int months = r.nextInt(12);
        LocalDate start = admittedOn.minusDays(r.nextInt(400));
        if (r.nextInt(40) == 0) {
            years = 1;
            months = 0;
            start = today.minusYears(1).minusDays(10 + r.nextInt(120));
        }
        LocalDate offenceDate = start.minusDays(30 + r.nextInt(400));
        List<LocalDate> workDays = new ArrayList<>();
        LocalDate fullTerm = start.plusYears(years).plusMonths(months).minusDays(1);
        if (r.nextInt(8) == 0) {
            LocalDate from = start.isAfter(today.minusDays(150)) ? start : today.minusDays(150);
            for (LocalDate d = from; d.isBefore(today) && !d.isAfter(fullTerm); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SUNDAY) workDays.add(d);
            }
        }
        return new DemoPlan(person, offence[0], offence[1], years, months, start, offenceDate, workDays);
    }
}
