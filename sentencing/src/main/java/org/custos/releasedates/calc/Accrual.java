package org.custos.releasedates.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.custos.releasedates.model.ApprovalStatus;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.RuleSet;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/**
 * Redención accrual. Each approved credit is put in a bucket (kind, rule version, regime, exclusion
 * status) by the version in force on the day of the activity; a bucket's hours are turned into
 * redeemed days once, by floor, and the remainder is carried (reported, never rounded up). Credits
 * that do not count (pending, revoked, Sunday without authorisation) get a line each.
 */
final class Accrual {
    static final CreditKind[] KINDS = CreditKind.values();
    /** {@code floorMod(epochDay + 3, 7)} of a Sunday (1970-01-01, epoch day 0, was a Thursday). */
    private static final int SUNDAY = 6;
    private static final String[] RULES = new String[KINDS.length];
    private static final Comparator<Bucket> BUCKET_ORDER = Comparator.comparing((Bucket b) -> b.timeline.rule())
            .thenComparingInt(b -> b.index).thenComparing(b -> b.regime == null ? "" : b.regime);

    static {
        for (CreditKind k : KINDS) RULES[k.ordinal()] = "REDENCION_" + k.name();
    }

    long redeemed;
    long pendingReviewDays;
    /** The rule version of the first credits that await the judge's review of an exclusion, or null. */
    RuleVersion pendingReviewVersion;
    final List<DerivationLine> lines = new ArrayList<>();

    private final List<Bucket> buckets = new ArrayList<>();
    private final List<CreditRecord> skipped = new ArrayList<>();
    private final List<String> skipRule = new ArrayList<>();
    private final List<String> skipNote = new ArrayList<>();
    private final List<RuleVersion> skipVersion = new ArrayList<>();
    private final List<String> skipStep = new ArrayList<>();
    private final List<StepArg[]> skipArgs = new ArrayList<>();

    static Accrual compute(Work w) {
        Accrual a = new Accrual();
        a.run(w);
        return a;
    }

    private void run(Work w) {
        RuleSet rs = w.chain().ruleSet();
        RuleTimeline[] timelines = new RuleTimeline[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) timelines[k] = rs.rule(RULES[k]);
        java.time.LocalDate asOf = w.input().asOf();
        Bucket last = null;
        Work.CreditGuard guard = w.guard();
        List<CreditRecord> credits = w.credits();
        EpochDays epoch = new EpochDays();
        for (int i = 0, n = credits.size(); i < n; i++) {
            CreditRecord c = credits.get(i);
            if (guard != null && !org.custos.releasedates.validation.CaseValidator.validCredit(c, guard.ids()))
                throw new Work.InvalidCredit();
            long day = epoch.of(c.date());
            if (guard != null && (day < guard.from() || day > guard.to())) throw new Work.InvalidCredit();
            RuleTimeline t = timelines[c.kind().ordinal()];
            if (t == null) {
                skip(c, null, "CREDIT_NOT_APPLICABLE", c.kind() + " earns no redención under rule set " + rs.id(),
                        "CREDIT_NOT_APPLICABLE", StepArg.rule("ruleSet", rs.id()));
                continue;
            }
            if (c.approval().status() != ApprovalStatus.APPROVED && !c.approval().countsOn(asOf)) {
                boolean pending = c.approval().status() == ApprovalStatus.PENDING;
                if (pending) skip(c, t.at(c.date()), "CREDIT_PENDING_APPROVAL", "awaiting the judge's approval; not counted",
                        "CREDIT_PENDING_APPROVAL");
                else skip(c, t.at(c.date()), "CREDIT_REVOKED", "approval " + c.approval().document() + " revoked on "
                                + c.approval().revocationDate() + ": " + c.approval().revocationReason(), "CREDIT_REVOKED",
                        StepArg.text("document", c.approval().document()),
                        StepArg.date("revocationDate", c.approval().revocationDate()),
                        StepArg.text("reason", c.approval().revocationReason()));
                continue;
            }
            Bucket b = last;
            if (b == null || b.timeline != t || day < b.from || day >= b.to || !b.sameRegime(c.regime())) {
                int vi = t.indexAt(day);
                if (vi < 0) {
                    skip(c, null, "RULE_NOT_IN_FORCE", "no redención rule in force on " + c.date(), "RULE_NOT_IN_FORCE");
                    continue;
                }
                b = bucket(t, vi, c.regime(), w);
                last = b;
            }
            if (!b.sundaysCount && !c.holidayAuthorised() && Math.floorMod(day + 3, 7) == SUNDAY
                    && (c.days() == null || c.days() == 1)) {
                skip(c, b.version, "CREDIT_NOT_COUNTED", "Sunday activity without authorisation", "SUNDAY_NOT_AUTHORISED");
                continue;
            }
            b.add(c);
        }
        finish(w);
    }

    private Bucket bucket(RuleTimeline t, int vi, String regime, Work w) {
        for (Bucket b : buckets) if (b.timeline == t && b.index == vi && b.sameRegime(regime)) return b;
        Bucket b = new Bucket(t, vi, regime, w);
        buckets.add(b);
        return b;
    }

    private void skip(CreditRecord c, RuleVersion version, String rule, String note, String step, StepArg... args) {
        skipStep.add(step);
        skipArgs.add(args);
        skipped.add(c);
        skipVersion.add(version);
        skipRule.add(rule);
        skipNote.add(note);
    }

    private void finish(Work w) {
        if (buckets.size() > 1) buckets.sort(BUCKET_ORDER);
        for (Bucket b : buckets) {
            DerivationLine line = b.line();
            lines.add(line);
            if (b.status == Bucket.Status.PENDING_REVIEW) {
                pendingReviewDays += b.redeemable();
                if (pendingReviewVersion == null) pendingReviewVersion = b.version;
            }
            else redeemed -= line.days();
        }
        if (skipped.isEmpty()) return;
        Integer[] order = new Integer[skipped.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> skipped.get(i).date())
                .thenComparing(i -> String.valueOf(skipped.get(i).id())));
        for (int i : order) {
            CreditRecord c = skipped.get(i);
            String id = c.id() == null ? "" : c.id() + " ";
            RuleVersion v = skipVersion.get(i) != null ? skipVersion.get(i) : Release.version(w, "TERM");
            StepArg[] extra = skipArgs.get(i);
            StepArg[] args = new StepArg[extra.length + 2];
            args[0] = StepArg.code("kind", c.kind().name());
            args[1] = StepArg.date("date", c.date());
            System.arraycopy(extra, 0, args, 2, extra.length);
            lines.add(Work.line(skipRule.get(i), v, 0,
                    id + c.kind() + " on " + c.date() + ": " + skipNote.get(i), skipStep.get(i), args));
        }
    }
}
