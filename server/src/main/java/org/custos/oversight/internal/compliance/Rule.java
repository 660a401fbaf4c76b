package org.custos.oversight.internal.compliance;

/**
 * The rules of domain.md that oversight measures, each with its source, its version and whether a state of
 * exception may relax its parameters at all. There is no switch: every rule is evaluated on every run.
 */
public enum Rule {
    /** domain rule 8: occupancy over 100 % (alert) or 120 % (violation) of declared capacity. */
    OCCUPANCY("R8", "Mandela 12-13, 21; CPT", false),
    /** domain rule 8: under 3 m² of floor area per person (ECtHR Muršić v. Croatia). */
    LIVING_SPACE("R8", "ECtHR Muršić v. Croatia (2016)", false),
    /** domain rule 8: fewer bunks than occupants. */
    BUNKS("R8", "Mandela 21", false),
    /** domain rule 9: under 60 minutes of outdoor exercise in a day. */
    OUTDOOR_EXERCISE("R9", "Mandela 23", false),
    /** domain rule 9: 22 h or more in cell without meaningful human contact is solitary confinement. */
    DE_FACTO_SOLITARY("R9", "Mandela 44", false),
    /** domain rule 9: solitary confinement beyond 15 consecutive days or without an end. */
    PROLONGED_SOLITARY("R9", "Mandela 43-45", false),
    /** domain rule 10: cell temperature sustained above 32 °C (alert) or at 35 °C or more (violation). */
    TEMPERATURE("R10", "Mandela 13", false),
    /** Medical examination within 24 h of admission. */
    MEDICAL_EXAMINATION("R2", "Mandela 30, 34", false),
    /** domain rule 11: a prohibited or collective disciplinary sanction, or one without offence and hearing. */
    PROHIBITED_SANCTION("R11", "Mandela 37-43", false),
    /** domain rule 11: restraints without legal ground, without end, or as punishment. */
    RESTRAINTS("R11", "Mandela 43, 47-48", false),
    /** domain rule 12: a request or complaint unanswered past its deadline. */
    COMPLAINT_DEADLINE("R12", "Mandela 56-57", true),
    /** domain rule 12: an allegation of torture or ill-treatment not referred at once to an external body. */
    ALLEGATION_REFERRAL("R12", "Mandela 57(3), 71", false),
    /** domain rule 14: after a death in custody, next of kin at once and an independent authority within 24 h. */
    DEATH_NOTIFICATION("R14", "Mandela 69, 71", false),
    /** domain rule 17: an external inspection overdue. */
    INSPECTION_OVERDUE("R17", "Mandela 83-85; OPCAT 19-20", true);

    private final String domainRule;
    private final String source;
    private final boolean derogable;

    Rule(String domainRule, String source, boolean derogable) {
        this.domainRule = domainRule;
        this.source = source;
        this.derogable = derogable;
    }

    /** The rule's number in domain.md's list of standards. */
    public String domainRule() {
        return domainRule;
    }

    public String source() {
        return source;
    }

    /**
     * Whether a state of exception may relax this rule's parameters (procedural deadlines only). Rules on
     * ill-treatment, humane conditions, registration and judicial control never are.
     */
    public boolean derogable() {
        return derogable;
    }
}
