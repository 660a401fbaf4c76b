package org.custos.releasedates.calc;

import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.rules.Fraction;
import org.custos.releasedates.rules.Params;
import org.custos.releasedates.rules.RuleTimeline;
import org.custos.releasedates.rules.RuleVersion;

/** Hours of approved activity under one rule version (and regime), converted to days once. */
final class Bucket {
    enum Status { COUNTED, PENDING_REVIEW, EXCLUDED }

    final RuleTimeline timeline;
    final int index;
    final String regime;
    final long from;
    final long to;
    final boolean sundaysCount;
    final Status status;
    final RuleVersion version;
    private final RuleVersion applied;
    private final long unitHours;
    private final long maxHoursPerDay;
    private final Fraction ratio;
    private final String reviewNote;
    /** Why the exclusion applies or was lifted: REVIEW_NONE, EXCLUDED_OFFENCE, PENDING_REVIEW, REVIEW_GRANTED, REVIEW_DENIED. */
    private final String reviewStep;
    private final String reviewSubject;
    private long hours;
    private int records;

    Bucket(RuleTimeline t, int vi, String regime, Work w) {
        this.timeline = t;
        this.index = vi;
        this.regime = regime;
        this.from = t.startInclusive(vi);
        this.to = t.endExclusive(vi);
        this.version = t.version(vi);
        this.applied = favourable(t, vi);
        Params p = applied.params();
        this.unitHours = p.integer("unitHours");
        this.maxHoursPerDay = p.integer("maxHoursPerDay", Long.MAX_VALUE / 4);
        this.sundaysCount = version.params().bool("sundaysCount", true);
        Params byRegime = p.params("ratioByRegime");
        this.ratio = regime != null && byRegime.has(regime) ? byRegime.fraction(regime) : p.fraction("ratio");
        Sentence excludedBy = null;
        for (Sentence s : w.chain().sentences())
            if (s.offence().code() != null && p.strings("excludedOffences").contains(s.offence().code())) excludedBy = s;
        if (excludedBy == null) {
            status = Status.COUNTED;
            reviewNote = "";
            reviewStep = "REVIEW_NONE";
            reviewSubject = "";
        } else if (!"PENDING_JUDICIAL_REVIEW".equals(p.text("exclusionMode", "ZERO"))) {
            status = Status.EXCLUDED;
            reviewNote = "offence " + excludedBy.offence().code() + " is excluded";
            reviewStep = "EXCLUDED_OFFENCE";
            reviewSubject = excludedBy.offence().code();
        } else if (excludedBy.exclusionReview() == null) {
            status = Status.PENDING_REVIEW;
            reviewNote = "offence " + excludedBy.offence().code() + " is listed as excluded: pending the judge's reasoned decision";
            reviewStep = "PENDING_REVIEW";
            reviewSubject = excludedBy.offence().code();
        } else {
            status = excludedBy.exclusionReview().granted() ? Status.COUNTED : Status.EXCLUDED;
            reviewNote = "judicial review " + excludedBy.exclusionReview().document()
                    + (excludedBy.exclusionReview().granted() ? " allows redención" : " denies redención");
            reviewStep = excludedBy.exclusionReview().granted() ? "REVIEW_GRANTED" : "REVIEW_DENIED";
            reviewSubject = String.valueOf(excludedBy.exclusionReview().document());
        }
    }

    private static RuleVersion favourable(RuleTimeline t, int vi) {
        RuleVersion best = t.version(vi);
        if (!t.retroactiveIfFavourable()) return best;
        for (int j = vi + 1; j < t.size(); j++) {
            RuleVersion v = t.version(j);
            if (!v.params().has("ratio") || !best.params().has("ratio")) continue;
            Fraction perHour = v.params().fraction("ratio").dividedBy(v.params().integer("unitHours"));
            Fraction bestPerHour = best.params().fraction("ratio").dividedBy(best.params().integer("unitHours"));
            if (perHour.compareTo(bestPerHour) > 0) best = v;
        }
        return best;
    }

    boolean sameRegime(String r) {
        return regime == null ? r == null : regime.equals(r);
    }


    void add(CreditRecord c) {
        int days = c.days() == null ? 1 : c.days();
        hours += c.hours() == null ? days * unitHours : Math.min(c.hours(), maxHoursPerDay * days);
        records++;
    }

    /** Days this bucket redeems, ignoring its exclusion status. */
    long redeemable() {
        return Math.floorDiv(Math.multiplyExact(hours, ratio.num()), Math.multiplyExact(unitHours, ratio.den()));
    }

    DerivationLine line() {
        long days = redeemable();
        Fraction hoursPerRedeemedDay = Fraction.of(unitHours * ratio.den(), ratio.num());
        long usedHours = hoursPerRedeemedDay.floorTimes(days);
        String how = records + " approved record(s), " + hours + " h at " + unitHours + " h per activity day × "
                + ratio + (regime == null ? "" : " (regime " + regime + ")") + " = " + days + " day(s) redeemed"
                + (hours > usedHours ? ", " + (hours - usedHours) + " h carried" : "")
                + (applied == version ? "" : "; more favourable version " + applied.id() + " applied retroactively");
        StepArg[] args = {StepArg.count("records", records), StepArg.count("hours", hours),
                StepArg.count("unitHours", unitHours), StepArg.count("activityDays", Math.floorDiv(hours, unitHours)),
                StepArg.count("ratioNum", ratio.num()), StepArg.count("ratioDen", ratio.den()),
                StepArg.count("redeemed", days), StepArg.count("carriedHours", hours - usedHours),
                StepArg.code("regime", regime), StepArg.rule("appliedVersion", applied == version ? null : applied.id()),
                StepArg.code("review", reviewStep), StepArg.text("reviewSubject", reviewSubject)};
        return switch (status) {
            case COUNTED -> Work.line(timeline.rule(), version, -days, how + (reviewNote.isEmpty() ? "" : "; " + reviewNote),
                    "REDEMPTION", args);
            case PENDING_REVIEW -> Work.line(timeline.rule() + "_EXCLUDED_PENDING_REVIEW", version, 0,
                    reviewNote + "; would redeem " + days + " day(s): " + how, "REDEMPTION_PENDING_REVIEW", args);
            case EXCLUDED -> Work.line(timeline.rule() + "_EXCLUDED", version, 0, reviewNote + "; not counted: " + how,
                    "REDEMPTION_EXCLUDED", args);
        };
    }
}
