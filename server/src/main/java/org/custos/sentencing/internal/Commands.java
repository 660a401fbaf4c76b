package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the sentencing commands take (the API's request bodies). */
public final class Commands {

    private Commands() {
    }

    /**
     * A sentence. {@code relation} is CONCURRENT or CONSECUTIVE to {@code relatedTo} (another sentence of
     * the same person), or null. {@code reason} is required for a correction.
     */
    public record SentenceCommand(String jurisdiction, String offenceCode, String offenceClassification,
                                  String offenceDescription, Integer years, Integer months, Integer days,
                                  LocalDate startDate, LocalDate offenceDate, String relation, UUID relatedTo,
                                  String reason) {
    }

    /** Days in custody before the sentence, credited to one sentence. */
    public record IntervalCommand(UUID sentenceId, LocalDate from, LocalDate to, String document) {
    }

    /**
     * Work or study. {@code status} PENDING (default) or APPROVED; an approval names the judge's
     * constancia in {@code document}.
     */
    public record CreditCommand(UUID sentenceId, String kind, LocalDate date, Integer days, Integer hours,
                                String status, String document) {
    }

    /** The judge's approval of a credit: the constancia. */
    public record ApprovalCommand(String document) {
    }

    /** The judge's revocation: its date, reason and decision. */
    public record RevocationCommand(LocalDate date, String reason, String document) {
    }

    /** A withdrawal or correction reason. */
    public record ReasonCommand(String reason) {
    }

    /** The person's flags as a whole (replacing the previous set), with the reason. */
    public record FlagsCommand(List<String> flags, String reason) {
    }

    /** Good conduct time disallowed by a disciplinary decision. */
    public record DisallowanceCommand(UUID sentenceId, LocalDate date, Integer days, String reason, String document) {
    }

    /** Provisional detention details of an untried person. */
    public record PretrialCommand(LocalDate detentionStart, String classification, Boolean onAppeal,
                                  Boolean stateOfException, String reason) {
    }
}
