package org.custos.work.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may take part in a programme: named, versioned policy rules, each a pure function of the person's
 * facts and the programme's terms. A refusal names its rule, the rule's version and a reason code (the
 * message key {@code error.work.eligibility.<code>}). Spring-free; pinned by {@code EligibilityTest}.
 *
 * <p>Art. 105-A excluded offences never refuse: the allocation is allowed and its credits are
 * {@code PENDING_JUDICIAL_REVIEW} (the Constitutional Chamber: exclusion is not automatic). An untried
 * person works only with recorded consent in a paid programme (Mandela Rule 116) and earns no credit until
 * a conviction ({@code AWAITING_CONVICTION}).
 */
public final class Eligibility {

    /** What the work the allocation does can earn. */
    public enum Basis { COUNTED, AWAITING_CONVICTION, PENDING_JUDICIAL_REVIEW, NONE }

    /** The person's facts. {@code medicalFit} null: not recorded. Security MINIMUM, MEDIUM, MAXIMUM (null: MAXIMUM). */
    public record Facts(String legalStatus, boolean held, String facilityCode, Boolean medicalFit, boolean consent,
                        String securityLevel, String regimePhase, boolean gangMember, List<String> offenceCodes) {
        public Facts {
            offenceCodes = offenceCodes == null ? List.of() : List.copyOf(offenceCodes);
        }
    }

    /** The programme's terms that eligibility looks at. */
    public record Terms(String facilityCode, String kind, boolean outside, boolean paid, boolean noGangRule,
                        String maxSecurity, String redencionRule) {
    }

    /** The policy's versioned parameters. */
    public record Params(String version, Set<String> outsidePhases, Set<String> excludedOffences) {
        public Params {
            outsidePhases = Set.copyOf(outsidePhases);
            excludedOffences = Set.copyOf(excludedOffences);
        }
    }

    public record Refusal(String rule, String version, String code) {
    }

    public record Decision(boolean allowed, List<Refusal> refusals, Basis basis, String policy) {
        public Decision {
            refusals = List.copyOf(refusals);
        }
    }

    public static final List<String> SECURITY = List.of("MINIMUM", "MEDIUM", "MAXIMUM");
    public static final Set<String> NO_MEDICAL_CHECK = Set.of("STUDY", "TEACHING");

    private Eligibility() {
    }

    public static Decision decide(Facts f, Terms t, Params p) {
        List<Refusal> out = new ArrayList<>();
        String v = p.version();
        String status = f.legalStatus() == null ? "" : f.legalStatus();
        boolean untried = status.equals("UNTRIED") || status.equals("ADMINISTRATIVE_STATE_OF_EXCEPTION");
        if (!f.held()) out.add(new Refusal("LEGAL_STATUS", v, "NOT_HELD"));
        else if (status.equals("IMMIGRATION_DETENTION")) out.add(new Refusal("LEGAL_STATUS", v, "IMMIGRATION"));
        else if (untried && !f.consent()) out.add(new Refusal("LEGAL_STATUS", v, "UNTRIED_WITHOUT_CONSENT"));
        else if (untried && !t.paid()) out.add(new Refusal("LEGAL_STATUS", v, "UNTRIED_UNPAID"));
        if (f.facilityCode() == null || !f.facilityCode().equals(t.facilityCode())) {
            out.add(new Refusal("FACILITY", v, "OTHER_FACILITY"));
        }
        if (!NO_MEDICAL_CHECK.contains(t.kind())) {
            if (f.medicalFit() == null) out.add(new Refusal("MEDICAL_FITNESS", v, "MEDICAL_NOT_RECORDED"));
            else if (!f.medicalFit()) out.add(new Refusal("MEDICAL_FITNESS", v, "MEDICAL_UNFIT"));
        }
        if (t.noGangRule() && f.gangMember()) out.add(new Refusal("NOT_GANG_MEMBERS", v, "GANG_MEMBER"));
        if (rank(f.securityLevel()) > rank(t.maxSecurity())) {
            out.add(new Refusal("SECURITY_CLASSIFICATION", v, "SECURITY_TOO_HIGH"));
        }
        if (t.outside() && (f.regimePhase() == null || !p.outsidePhases().contains(f.regimePhase()))) {
            out.add(new Refusal("REGIME_PHASE", v, "PHASE_NOT_OUTSIDE"));
        }
        return new Decision(out.isEmpty(), out, basis(f, t, p, untried), v);
    }

    private static Basis basis(Facts f, Terms t, Params p, boolean untried) {
        if ("NONE".equals(t.redencionRule())) return Basis.NONE;
        if (untried) return Basis.AWAITING_CONVICTION;
        if (f.offenceCodes().stream().anyMatch(p.excludedOffences()::contains)) return Basis.PENDING_JUDICIAL_REVIEW;
        return Basis.COUNTED;
    }

    private static int rank(String level) {
        int i = level == null ? -1 : SECURITY.indexOf(level);
        return i < 0 ? SECURITY.size() - 1 : i;
    }
}
