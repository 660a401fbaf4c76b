package org.custos.agreements.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custos.agreements.rules.Eligibility;

/**
 * The decision on one person of a manifest, as stored: accepted (with the person, admission and booking number the
 * registry gave) or refused with the rule and reason that decided it ({@code refusals}: every rule that refused).
 */
public record Decided(int row, Manifest.Person person, boolean accepted, String rule, String reason, String detail,
                      List<Eligibility.Refusal> refusals, UUID personId, UUID admissionId, String bookingNumber,
                      LocalDate returnDate, LocalDate heldUntil) {

    public Decided {
        refusals = List.copyOf(refusals);
    }

    static Decided refused(int row, Manifest.Person p, Eligibility.Refusal r, List<Eligibility.Refusal> all) {
        return new Decided(row, p, false, r.rule(), r.code(), r.detail(), all, null, null, null, null, null);
    }

    static Decided refused(int row, Manifest.Person p, String rule, String version, String reason, String detail) {
        Eligibility.Refusal r = new Eligibility.Refusal(rule, version, reason, detail);
        return refused(row, p, r, List.of(r));
    }

    /** The person's name as the manifest gave it. */
    public String name() {
        return person.givenNames() + " " + person.firstSurname()
                + (person.secondSurname() == null || person.secondSurname().isBlank() ? "" : " " + person.secondSurname());
    }
}
