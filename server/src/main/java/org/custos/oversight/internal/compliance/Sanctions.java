package org.custos.oversight.internal.compliance;

import java.util.List;

/** The disciplinary code's offences and the sanctions, with those Mandela 43 prohibits (never selectable). */
public final class Sanctions {

    public static final List<String> OFFENCES = List.of("ASSAULT", "FIGHTING", "THREAT", "CONTRABAND", "THEFT",
            "DAMAGE_TO_PROPERTY", "ESCAPE_ATTEMPT", "DISOBEDIENCE", "DISTURBANCE");
    public static final List<String> ALLOWED = List.of("WARNING", "LOSS_OF_PRIVILEGES", "RESTITUTION",
            "CONFINEMENT_TO_CELL", "SOLITARY_CONFINEMENT");
    /** Mandela 43(1)-(3): collective punishment, food or water, indefinite or prolonged solitary, dark or lit cell, restraints, corporal punishment, family contact. */
    public static final List<String> PROHIBITED = List.of("COLLECTIVE_PUNISHMENT", "REDUCTION_OF_FOOD",
            "REDUCTION_OF_WATER", "INDEFINITE_SOLITARY", "PROLONGED_SOLITARY", "DARK_CELL", "CONSTANTLY_LIT_CELL",
            "RESTRAINTS_AS_PUNISHMENT", "CORPORAL_PUNISHMENT", "BAN_ON_FAMILY_CONTACT");

    private Sanctions() {
    }

    public static boolean prohibited(String code) {
        return code != null && PROHIBITED.contains(code);
    }
}
