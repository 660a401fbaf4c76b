package org.custos.agreements.internal;

import java.math.BigDecimal;
import java.util.List;
import org.custos.agreements.rules.AgreementTerms;
import org.custos.agreements.rules.Eligibility;
import org.custos.agreements.rules.Fees;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.Bounds;
import org.custos.shared.web.Validation;
import org.springframework.stereotype.Component;

/** Checks every term of an agreement version at once; each problem names its JSON path ({@code terms.fee.amount}). */
@Component
class TermsValidator {

    static final List<String> PERIODS = List.of("MONTHLY", "QUARTERLY", "YEARLY");
    static final List<String> RULE_SETS = List.of("US", "SV", "CO", "PE");
    static final List<String> SEXES = List.of("MALE", "FEMALE");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final Bounds bounds;
    private final FacilityDirectory facilities;

    TermsValidator(Bounds bounds, FacilityDirectory facilities) {
        this.bounds = bounds;
        this.facilities = facilities;
    }

    void check(Validation v, AgreementTerms t, CurrentUser caller) {
        if (t == null) {
            v.reject("terms", "agreements.TERMS_REQUIRED");
            return;
        }
        String p = "terms.";
        text(v, p + "title", t.title(), Bounds.NAME);
        v.rejectIf(t.sendingState() == null || !t.sendingState().matches("[A-Z]{2}") || "SV".equals(t.sendingState()),
                p + "sendingState", "agreements.STATE_INVALID");
        text(v, p + "sendingAuthority", t.sendingAuthority(), Bounds.NAME);
        text(v, p + "receivingAuthority", t.receivingAuthority(), Bounds.NAME);
        v.rejectIf(t.signedOn() == null, p + "signedOn", "agreements.DATE_REQUIRED");
        v.rejectIf(t.effectiveFrom() == null, p + "effectiveFrom", "agreements.DATE_REQUIRED");
        if (t.signedOn() != null) bounds.date(v, p + "signedOn", t.signedOn(), Bounds.Kind.PAST_FACT);
        if (t.effectiveFrom() != null && bounds.date(v, p + "effectiveFrom", t.effectiveFrom(), Bounds.Kind.FAR_FUTURE)) {
            v.rejectIf(t.signedOn() != null && t.effectiveFrom().isBefore(t.signedOn()), p + "effectiveFrom",
                    "agreements.EFFECTIVE_BEFORE_SIGNATURE");
        }
        range(v, p + "durationMonths", t.durationMonths(), 1, 600, true);
        range(v, p + "extensionOptions", t.extensionOptions(), 0, 10, false);
        range(v, p + "extensionMonths", t.extensionMonths(), 0, 600, false);
        range(v, p + "places", t.places(), 1, 100_000, true);
        facilities(v, t.facilities(), caller);
        fee(v, t.fee());
        if (Bounds.list(v, p + "billedSeparately", t.billedSeparately(), 3)) {
            for (int i = 0; i < t.billedSeparately().size(); i++) {
                v.rejectIf(!Fees.SEPARATE_ITEMS.contains(t.billedSeparately().get(i)), p + "billedSeparately[" + i + "]",
                        "agreements.ITEM_INVALID");
            }
        }
        v.rejectIf(t.invoicingPeriod() == null || !PERIODS.contains(t.invoicingPeriod()), p + "invoicingPeriod",
                "agreements.PERIOD_INVALID");
        range(v, p + "paymentDays", t.paymentDays(), 0, 365, true);
        law(v, t.law());
        EligibilityValidator.check(v, t.eligibility());
    }

    private void facilities(Validation v, List<String> codes, CurrentUser caller) {
        String f = "terms.facilities";
        if (codes.isEmpty()) {
            v.reject(f, "agreements.FACILITIES_REQUIRED");
            return;
        }
        if (!Bounds.list(v, f, codes, 50)) return;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || facilities.find(code).isEmpty()) v.reject(f + "[" + i + "]", "agreements.FACILITY_UNKNOWN");
            else v.rejectIf(caller != null && !caller.mayActIn(code), f + "[" + i + "]", "agreements.FACILITY_NOT_IN_SCOPE");
        }
    }

    private void fee(Validation v, AgreementTerms.Fee fee) {
        String f = "terms.fee.";
        if (fee == null) {
            v.reject("terms.fee", "agreements.FEE_REQUIRED");
            return;
        }
        v.rejectIf(fee.model() == null || !Fees.MODELS.contains(fee.model()), f + "model", "agreements.FEE_MODEL_INVALID");
        v.rejectIf(fee.amount() == null || fee.amount().signum() <= 0 || fee.amount().compareTo(MAX_AMOUNT) > 0
                || fee.amount().scale() > 4, f + "amount", "agreements.AMOUNT_INVALID");
        v.rejectIf(fee.currency() == null || !fee.currency().matches("[A-Z]{3}"), f + "currency", "agreements.CURRENCY_INVALID");
        if (fee.index() != null && !fee.index().isBlank()) {
            text(v, f + "index", fee.index(), Bounds.CODE);
            if (fee.indexBaseDate() == null) v.reject(f + "indexBaseDate", "agreements.DATE_REQUIRED");
            else bounds.date(v, f + "indexBaseDate", fee.indexBaseDate(), Bounds.Kind.FAR_FUTURE);
            v.rejectIf(fee.indexBaseValue() == null || fee.indexBaseValue().signum() <= 0, f + "indexBaseValue",
                    "agreements.INDEX_VALUE_INVALID");
        }
    }

    private static void law(Validation v, AgreementTerms.Law law) {
        String f = "terms.law.";
        if (law == null) {
            v.reject("terms.law", "agreements.LAW_REQUIRED");
            return;
        }
        v.rejectIf(law.releaseDateRules() != null && !RULE_SETS.contains(law.releaseDateRules()), f + "releaseDateRules",
                "agreements.RULE_SET_UNKNOWN");
        text(v, f + "jurisdiction", law.jurisdiction(), Bounds.TEXT);
        text(v, f + "complaintRoute", law.complaintRoute(), Bounds.TEXT);
        if (Bounds.list(v, f + "inspectors", law.inspectors(), 20)) {
            for (int i = 0; i < law.inspectors().size(); i++) text(v, f + "inspectors[" + i + "]", law.inspectors().get(i), Bounds.NAME);
        }
    }

    static void text(Validation v, String field, String value, int max) {
        if (value == null || value.isBlank()) v.reject(field, "agreements.TEXT_REQUIRED");
        else Bounds.text(v, field, value, max);
    }

    static void range(Validation v, String field, Integer value, int min, int max, boolean required) {
        if (value == null) v.rejectIf(required, field, "agreements.NUMBER_REQUIRED");
        else v.rejectIf(value < min || value > max, field, "agreements.NUMBER_OUT_OF_RANGE", min, max);
    }

    /** The eligibility rules' own checks. */
    static final class EligibilityValidator {

        private EligibilityValidator() {
        }

        static void check(Validation v, AgreementTerms.Rules r) {
            String f = "terms.eligibility.";
            if (r == null) {
                v.reject("terms.eligibility", "agreements.ELIGIBILITY_REQUIRED");
                return;
            }
            text(v, f + "version", r.version(), Bounds.CODE);
            if (r.acceptedStatuses().isEmpty()) v.reject(f + "acceptedStatuses", "agreements.STATUSES_REQUIRED");
            for (int i = 0; i < r.acceptedStatuses().size() && i < 10; i++) {
                v.rejectIf(!Eligibility.STATUSES.contains(r.acceptedStatuses().get(i)), f + "acceptedStatuses[" + i + "]",
                        "agreements.STATUS_INVALID");
            }
            for (int i = 0; i < r.sexes().size() && i < 10; i++) {
                v.rejectIf(!SEXES.contains(r.sexes().get(i)), f + "sexes[" + i + "]", "agreements.SEX_INVALID");
            }
            range(v, f + "minAge", r.minAge(), 0, 120, false);
            range(v, f + "maxAge", r.maxAge(), 0, 120, false);
            v.rejectIf(r.minAge() != null && r.maxAge() != null && r.maxAge() < r.minAge(), f + "maxAge", "agreements.AGES_INVERTED");
            if (Bounds.list(v, f + "excludedOffences", r.excludedOffences(), 200)) {
                for (int i = 0; i < r.excludedOffences().size(); i++) {
                    text(v, f + "excludedOffences[" + i + "]", r.excludedOffences().get(i), Bounds.CODE);
                }
            }
            if (Bounds.list(v, f + "excludedNationalities", r.excludedNationalities(), 250)) {
                for (int i = 0; i < r.excludedNationalities().size(); i++) {
                    String c = r.excludedNationalities().get(i);
                    v.rejectIf(c == null || !c.matches("[A-Z]{2}"), f + "excludedNationalities[" + i + "]", "agreements.STATE_INVALID");
                }
            }
            range(v, f + "consentNoticeDays", r.consentNoticeDays(), 0, 365, false);
            range(v, f + "minMonthsLeft", r.minMonthsLeft(), 0, 600, false);
            v.rejectIf(r.returnRule() == null || !Eligibility.RETURN_RULES.contains(r.returnRule()), f + "returnRule",
                    "agreements.RETURN_RULE_INVALID");
            range(v, f + "returnMonthsBeforeEnd", r.returnMonthsBeforeEnd(), 0, 120, "MONTHS_BEFORE_END".equals(r.returnRule()));
        }
    }
}
