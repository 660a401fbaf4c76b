package org.custos.agreements.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one version of a custody agreement says: parties, dates, facilities and places, fees, governing law and
 * eligibility. A new version (an amendment) repeats every term; earlier versions stay as they were.
 */
public record AgreementTerms(String title, String sendingState, String sendingAuthority, String receivingAuthority,
                             LocalDate signedOn, LocalDate effectiveFrom, Integer durationMonths,
                             Integer extensionOptions, Integer extensionMonths, List<String> facilities, Integer places,
                             Fee fee, List<String> billedSeparately, String invoicingPeriod, Integer paymentDays,
                             Law law, Rules eligibility) {

    public AgreementTerms {
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        billedSeparately = billedSeparately == null ? List.of() : List.copyOf(billedSeparately);
    }

    /** The last day of the agreement without extensions. */
    public LocalDate endsOn() {
        return effectiveFrom.plusMonths(durationMonths).minusDays(1);
    }

    /**
     * The price: {@code model} FIXED_PER_YEAR, PER_PLACE_DAY (each occupied place-day) or PER_PERSON_MONTH;
     * {@code amount} in {@code currency} (ISO 4217). Indexed when {@code index} is named: the amount applies at
     * {@code indexBaseValue} on {@code indexBaseDate} and moves with the index.
     */
    public record Fee(String model, BigDecimal amount, String currency, String index, LocalDate indexBaseDate,
                      BigDecimal indexBaseValue) {
    }

    /**
     * Governing law: {@code releaseDateRules} the release-date engine's rule set of the sending state (US, SV, CO,
     * PE), or null when the sending state notifies the dates; who has jurisdiction over new offences and
     * complaints; who may inspect; the complaint route.
     */
    public record Law(String releaseDateRules, String jurisdiction, List<String> inspectors, String complaintRoute) {
        public Law {
            inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        }
    }

    /**
     * Eligibility, named and versioned ({@code version}). {@code acceptedStatuses}: the legal statuses in the
     * sending state the agreement accepts — FINALLY_CONVICTED, and only where the agreement says so
     * DEPORTEE (no conviction); {@code sexes}: MALE, FEMALE (empty: any); ages in years at intake;
     * the exclusion flags default to false; {@code returnRule} MONTHS_BEFORE_END (with {@code returnMonthsBeforeEnd}) or DEPORT_AT_END.
     */
    public record Rules(String version, List<String> acceptedStatuses, List<String> sexes, Integer minAge,
                        Integer maxAge, List<String> excludedOffences, Boolean excludeEscapeRisk,
                        Boolean excludeSeriousMentalDisorder, Boolean excludeLifeSentences,
                        Boolean expulsionOrderRequired, List<String> excludedNationalities, Boolean consentRequired,
                        Integer consentNoticeDays, Integer minMonthsLeft, String returnRule,
                        Integer returnMonthsBeforeEnd) {
        public Rules {
            acceptedStatuses = acceptedStatuses == null ? List.of() : List.copyOf(acceptedStatuses);
            sexes = sexes == null ? List.of() : List.copyOf(sexes);
            excludedOffences = excludedOffences == null ? List.of() : List.copyOf(excludedOffences);
            excludedNationalities = excludedNationalities == null ? List.of() : List.copyOf(excludedNationalities);
            excludeEscapeRisk = Boolean.TRUE.equals(excludeEscapeRisk);
            excludeSeriousMentalDisorder = Boolean.TRUE.equals(excludeSeriousMentalDisorder);
            excludeLifeSentences = Boolean.TRUE.equals(excludeLifeSentences);
            expulsionOrderRequired = Boolean.TRUE.equals(expulsionOrderRequired);
            consentRequired = Boolean.TRUE.equals(consentRequired);
        }
    }
}
