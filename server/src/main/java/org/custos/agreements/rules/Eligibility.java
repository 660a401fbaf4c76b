package org.custos.agreements.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a person may be held under an agreement (domain rule 16): a pure function of the agreement's
 * {@link AgreementTerms.Rules} and the person's facts. Every rule that refuses says so — its name, the rules'
 * version and a reason code (message key {@code agreements.eligibility.<code>}) — and all refusals are listed,
 * not only the first. Spring-free; pinned by the golden cases of {@code EligibilityGoldenTest}.
 *
 * <p>The return date: MONTHS_BEFORE_END — the sentence's end less the agreement's months (Norgerhaven two,
 * Sweden–Estonia one); DEPORT_AT_END — the sentence's end (Gjilan). A deportee (no sentence) or a life sentence,
 * where accepted, is held at most until the agreement ends. {@code heldUntil} is the earlier of the return date
 * and the agreement's end.
 */
public final class Eligibility {

    /** The sending state's legal status of the person. */
    public static final List<String> STATUSES = List.of("FINALLY_CONVICTED", "CONVICTED_NOT_FINAL", "UNTRIED", "DEPORTEE");
    public static final List<String> RETURN_RULES = List.of("MONTHS_BEFORE_END", "DEPORT_AT_END");

    /**
     * The facts of one person proposed for intake. {@code sentenceEnd}: the end of the sentence under the
     * sending state's law (null for a deportee or a life sentence); {@code toldOn}: the day the person was told of
     * the transfer (the notice period runs from it).
     */
    public record Candidate(String status, String sex, LocalDate dateOfBirth, String nationality,
                            List<String> offences, boolean lifeSentence, LocalDate sentenceEnd, boolean escapeRisk,
                            boolean seriousMentalDisorder, boolean expulsionOrdered, boolean consent,
                            LocalDate toldOn, LocalDate intakeOn) {
        public Candidate {
            offences = offences == null ? List.of() : List.copyOf(offences);
        }
    }

    public record Refusal(String rule, String version, String code, String detail) {
    }

    public record Decision(boolean eligible, List<Refusal> refusals, LocalDate returnDate, LocalDate heldUntil) {
        public Decision {
            refusals = List.copyOf(refusals);
        }
    }

    private Eligibility() {
    }

    public static Decision decide(AgreementTerms.Rules r, LocalDate agreementEnd, Candidate c) {
        List<Refusal> out = new ArrayList<>();
        String v = r.version();
        legalStatus(r, c, out, v);
        if (!r.sexes().isEmpty() && !r.sexes().contains(c.sex())) out.add(new Refusal("SEX", v, "SEX_EXCLUDED", c.sex()));
        int age = Period.between(c.dateOfBirth(), c.intakeOn()).getYears();
        if (r.minAge() != null && age < r.minAge()) out.add(new Refusal("AGE", v, "UNDER_MIN_AGE", String.valueOf(age)));
        if (r.maxAge() != null && age > r.maxAge()) out.add(new Refusal("AGE", v, "OVER_MAX_AGE", String.valueOf(age)));
        if (r.excludedNationalities().contains(c.nationality())) {
            out.add(new Refusal("NATIONALITY", v, "NATIONALITY_EXCLUDED", c.nationality()));
        }
        if (r.expulsionOrderRequired() && !c.expulsionOrdered()) out.add(new Refusal("EXPULSION", v, "NO_EXPULSION_ORDER", null));
        for (String offence : c.offences()) {
            if (r.excludedOffences().contains(offence)) out.add(new Refusal("OFFENCE", v, "OFFENCE_EXCLUDED", offence));
        }
        if (r.excludeLifeSentences() && c.lifeSentence()) out.add(new Refusal("LIFE_SENTENCE", v, "LIFE_SENTENCE", null));
        if (r.excludeEscapeRisk() && c.escapeRisk()) out.add(new Refusal("ESCAPE_RISK", v, "ESCAPE_RISK", null));
        if (r.excludeSeriousMentalDisorder() && c.seriousMentalDisorder()) {
            out.add(new Refusal("MENTAL_HEALTH", v, "SERIOUS_MENTAL_DISORDER", null));
        }
        consent(r, c, out, v);
        LocalDate returnDate = returnDate(r, c);
        boolean sentenced = !c.lifeSentence() && !"DEPORTEE".equals(c.status());
        if (sentenced && c.sentenceEnd() == null) {
            out.add(new Refusal("RETURN_DATE", v, "SENTENCE_END_MISSING", null));
        } else if (returnDate != null && !returnDate.isAfter(c.intakeOn())) {
            out.add(new Refusal("RETURN_DATE", v, "RETURN_DATE_PASSED", returnDate.toString()));
        } else if (returnDate != null && r.minMonthsLeft() != null
                && ChronoUnit.MONTHS.between(c.intakeOn(), returnDate) < r.minMonthsLeft()) {
            out.add(new Refusal("SENTENCE_LEFT", v, "TOO_LITTLE_LEFT", String.valueOf(r.minMonthsLeft())));
        }
        if (!c.intakeOn().isBefore(agreementEnd)) out.add(new Refusal("AGREEMENT_TERM", v, "AGREEMENT_ENDED", agreementEnd.toString()));
        LocalDate heldUntil = returnDate == null || returnDate.isAfter(agreementEnd) ? agreementEnd : returnDate;
        return new Decision(out.isEmpty(), out, returnDate, heldUntil);
    }

    private static void legalStatus(AgreementTerms.Rules r, Candidate c, List<Refusal> out, String v) {
        if (r.acceptedStatuses().contains(c.status())) return;
        String code = switch (c.status() == null ? "" : c.status()) {
            case "DEPORTEE" -> "NO_CONVICTION";
            case "CONVICTED_NOT_FINAL" -> "NOT_FINAL";
            case "UNTRIED" -> "UNTRIED";
            default -> "STATUS_NOT_ACCEPTED";
        };
        out.add(new Refusal("LEGAL_STATUS", v, code, c.status()));
    }

    private static void consent(AgreementTerms.Rules r, Candidate c, List<Refusal> out, String v) {
        if (!r.consentRequired()) return;
        if (!c.consent()) {
            out.add(new Refusal("CONSENT", v, "NO_CONSENT", null));
        } else if (r.consentNoticeDays() != null
                && (c.toldOn() == null || c.intakeOn().isBefore(c.toldOn().plusDays(r.consentNoticeDays())))) {
            out.add(new Refusal("CONSENT", v, "NOTICE_PERIOD", String.valueOf(r.consentNoticeDays())));
        }
    }

    private static LocalDate returnDate(AgreementTerms.Rules r, Candidate c) {
        if (c.sentenceEnd() == null || c.lifeSentence()) return null;
        if ("MONTHS_BEFORE_END".equals(r.returnRule()) && r.returnMonthsBeforeEnd() != null) {
            return c.sentenceEnd().minusMonths(r.returnMonthsBeforeEnd());
        }
        return c.sentenceEnd();
    }
}
