package org.custos.releasedates.validation;

import static org.custos.releasedates.validation.CaseValidator.err;
import static org.custos.releasedates.validation.ErrorCodes.*;

import java.util.List;
import java.util.Set;
import org.custos.releasedates.model.Approval;
import org.custos.releasedates.model.ApprovalStatus;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.CustodyInterval;
import org.custos.releasedates.model.Disallowance;
import org.custos.releasedates.model.Forfeiture;
import org.custos.releasedates.model.PretrialDetention;
import org.custos.releasedates.model.RiskAssessment;
import org.custos.releasedates.rules.RuleSetRegistry;

/** Checks the records that hang off the sentences: custody, credits, disallowances, forfeitures. */
final class RecordValidator {
    private RecordValidator() {}

    /** Validates every record; the credits only when {@code withCredits} (see {@link CreditScan}). */
    static void validate(CaseInput in, Set<String> ids, RuleSetRegistry registry, List<FieldError> errors,
                         boolean withCredits) {
        List<CustodyInterval> custody = in.custody();
        for (int j = 0; j < custody.size(); j++) {
            CustodyInterval c = custody.get(j);
            String f = "custody[" + j + "]";
            sentenceRef(c.sentenceId(), ids, f + ".sentenceId", errors, true);
            if (c.from() == null) errors.add(err(f + ".from", REQUIRED, "first day in custody is required"));
            if (c.to() == null) errors.add(err(f + ".to", REQUIRED, "last day in custody is required"));
            if (c.from() == null || c.to() == null) continue;
            if (c.to().isBefore(c.from())) errors.add(err(f + ".to", INTERVAL_REVERSED, "ends before it starts"));
            for (int k = 0; k < j; k++) {
                CustodyInterval o = custody.get(k);
                if (o.from() == null || o.to() == null || o.sentenceId() == null) continue;
                boolean overlap = !c.from().isAfter(o.to()) && !o.from().isAfter(c.to());
                if (overlap && !o.sentenceId().equals(c.sentenceId()))
                    errors.add(err(f, CUSTODY_OFFERED_TWICE, "days also credited to sentence " + o.sentenceId()
                            + " (custody[" + k + "]); custody is credited to one sentence only"));
            }
        }
        if (withCredits) validateCredits(in, ids, errors);
        List<Disallowance> dis = in.disallowances();
        for (int k = 0; k < dis.size(); k++) {
            String f = "disallowances[" + k + "]";
            sentenceRef(dis.get(k).sentenceId(), ids, f + ".sentenceId", errors, ids.size() > 1);
            if (dis.get(k).days() <= 0) errors.add(err(f + ".days", INVALID_AMOUNT, "days must be positive"));
        }
        List<Forfeiture> forf = in.forfeitures();
        for (int k = 0; k < forf.size(); k++) {
            String f = "forfeitures[" + k + "]";
            sentenceRef(forf.get(k).sentenceId(), ids, f + ".sentenceId", errors, ids.size() > 1);
            if (forf.get(k).days() <= 0) errors.add(err(f + ".days", INVALID_AMOUNT, "days must be positive"));
        }
        List<RiskAssessment> risks = in.riskAssessments();
        for (int k = 0; k < risks.size(); k++) {
            if (risks.get(k).date() == null) errors.add(err("riskAssessments[" + k + "].date", REQUIRED, "date is required"));
            if (risks.get(k).level() == null) errors.add(err("riskAssessments[" + k + "].level", REQUIRED, "level is required"));
        }
        List<PretrialDetention> pre = in.pretrial();
        for (int k = 0; k < pre.size(); k++) {
            PretrialDetention p = pre.get(k);
            String f = "pretrial[" + k + "]";
            if (registry.get(p.jurisdiction()) == null)
                errors.add(err(f + ".jurisdiction", UNKNOWN_RULE_SET, "no rule set " + p.jurisdiction()));
            if (p.detentionStart() == null) errors.add(err(f + ".detentionStart", REQUIRED, "first day of detention is required"));
            if (p.offence() == null) errors.add(err(f + ".offence", REQUIRED, "offence is required"));
        }
    }

    static void validateCredits(CaseInput in, Set<String> ids, List<FieldError> errors) {
        List<CreditRecord> credits = in.credits();
        for (int k = 0; k < credits.size(); k++) {
            CreditRecord c = credits.get(k);
            if (!valid(c, ids)) credit(c, "credits[" + k + "]", ids, errors);
        }
    }

    /** Fast path without building field names (most records are valid). */
    static boolean valid(CreditRecord c, Set<String> ids) {
        Approval a = c.approval();
        boolean ref = c.sentenceId() == null ? ids.size() <= 1 : ids.contains(c.sentenceId());
        boolean amount = (c.days() != null || c.hours() != null) && (c.days() == null || c.days() > 0)
                && (c.hours() == null || c.hours() > 0);
        return ref && amount && c.kind() != null && c.date() != null && a != null && a.status() != null
                && (a.status() == ApprovalStatus.PENDING || a.document() != null)
                && (a.status() != ApprovalStatus.REVOKED || (a.revocationDate() != null && a.revocationReason() != null));
    }

    private static void credit(CreditRecord c, String f, Set<String> ids, List<FieldError> errors) {
        sentenceRef(c.sentenceId(), ids, f + ".sentenceId", errors, ids.size() > 1);
        if (c.kind() == null) errors.add(err(f + ".kind", REQUIRED, "kind is required"));
        if (c.date() == null) errors.add(err(f + ".date", REQUIRED, "date is required"));
        boolean days = c.days() != null, hours = c.hours() != null;
        if (!days && !hours) errors.add(err(f + ".days", REQUIRED, "days or hours are required"));
        if (days && c.days() <= 0) errors.add(err(f + ".days", INVALID_AMOUNT, "days must be positive"));
        if (hours && c.hours() <= 0) errors.add(err(f + ".hours", INVALID_AMOUNT, "hours must be positive"));
        Approval a = c.approval();
        if (a == null || a.status() == null) {
            errors.add(err(f + ".approval", REQUIRED, "approval status is required"));
            return;
        }
        if (a.status() != ApprovalStatus.PENDING && (a.document() == null || a.document().isBlank()))
            errors.add(err(f + ".approval.document", APPROVAL_DOCUMENT_MISSING, "an approval links to its decision"));
        if (a.status() == ApprovalStatus.REVOKED && (a.revocationDate() == null || a.revocationReason() == null))
            errors.add(err(f + ".approval.revocationDate", REVOCATION_INCOMPLETE, "a revocation has a date and a reason"));
    }

    private static void sentenceRef(String id, Set<String> ids, String field, List<FieldError> errors, boolean required) {
        if (id == null) {
            if (required) errors.add(err(field, REQUIRED, "name the sentence it is credited to"));
        } else if (!ids.contains(id)) {
            errors.add(err(field, UNKNOWN_SENTENCE, "no sentence " + id));
        }
    }
}
