package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The current revision of every sentencing record of one person, oldest record first. */
public record PersonRecords(UUID personId, PersonState person, List<SentenceRow> sentences,
                            List<IntervalRow> custody, List<CreditRow> credits,
                            List<DisallowanceRow> disallowances, Set<String> flags, PretrialRow pretrial) {

    PersonRecords withSentence(SentenceRow s, boolean remove) {
        return new PersonRecords(personId, person, replace(sentences, s, remove, x -> x.sentenceId().equals(s.sentenceId())),
                custody, credits, disallowances, flags, pretrial);
    }

    PersonRecords withInterval(IntervalRow i) {
        return new PersonRecords(personId, person, sentences, replace(custody, i, false, x -> false), credits,
                disallowances, flags, pretrial);
    }

    PersonRecords withCredit(CreditRow c) {
        return new PersonRecords(personId, person, sentences, custody,
                replace(credits, c, false, x -> x.creditId().equals(c.creditId())), disallowances, flags, pretrial);
    }

    PersonRecords withDisallowance(DisallowanceRow d) {
        return new PersonRecords(personId, person, sentences, custody, credits, replace(disallowances, d, false, x -> false),
                flags, pretrial);
    }

    PersonRecords withFlags(Set<String> f) {
        return new PersonRecords(personId, person, sentences, custody, credits, disallowances, f, pretrial);
    }

    PersonRecords withPretrial(PretrialRow p) {
        return new PersonRecords(personId, person, sentences, custody, credits, disallowances, flags, p);
    }

    /** Replaces the element matching {@code same} in place (or removes it), else appends. */
    private static <T> List<T> replace(List<T> list, T value, boolean remove, java.util.function.Predicate<T> same) {
        List<T> out = new java.util.ArrayList<>(list.size() + 1);
        boolean found = false;
        for (T t : list) {
            if (same.test(t)) {
                found = true;
                if (!remove) out.add(value);
            } else {
                out.add(t);
            }
        }
        if (!found && !remove) out.add(value);
        return out;
    }

    /** What the registry's events told us: where the person is held and on what legal basis. */
    public record PersonState(String bookingNumber, String facilityCode, String legalStatus, boolean held,
                              LocalDate admittedOn) {
    }

    public record SentenceRow(UUID sentenceId, String jurisdiction, String offenceCode, String classification,
                              String description, int years, int months, int days, LocalDate startDate,
                              LocalDate offenceDate, String relation, UUID relatedTo, String reason,
                              String recordedBy, OffsetDateTime recordedAt) {
    }

    public record IntervalRow(UUID intervalId, UUID sentenceId, LocalDate from, LocalDate to, String document,
                              String recordedBy, OffsetDateTime recordedAt) {
    }

    public record CreditRow(UUID creditId, UUID sentenceId, String kind, LocalDate date, Integer days, Integer hours,
                            String status, String document, LocalDate revocationDate, String revocationReason,
                            String recordedBy, OffsetDateTime recordedAt) {
    }

    public record DisallowanceRow(UUID disallowanceId, UUID sentenceId, LocalDate date, int days, String reason,
                                  String document) {
    }

    public record PretrialRow(LocalDate detentionStart, String classification, boolean onAppeal,
                              boolean stateOfException) {
    }
}
