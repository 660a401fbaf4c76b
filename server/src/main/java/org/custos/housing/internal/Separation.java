package org.custos.housing.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which separation rules placing a person with occupants would break. Pure: given the
 * person's profile and the distinct profiles of the cell's occupants.
 */
final class Separation {

    /** Who someone is for separation: sex, minor or not, legal group and classification (nulls = unknown). */
    record Profile(String sex, Boolean minor, String legalStatus, String classification) {

        /** UNTRIED (incl. administrative detention), CONVICTED (incl. held for another state) or CIVIL. */
        String legalGroup() {
            if (legalStatus == null) {
                return null;
            }
            return switch (legalStatus) {
                case "UNTRIED", "ADMINISTRATIVE_STATE_OF_EXCEPTION" -> "UNTRIED";
                case "CONVICTED", "HELD_FOR_ANOTHER_STATE" -> "CONVICTED";
                default -> "CIVIL";
            };
        }
    }

    private Separation() {
    }

    static Set<SeparationRule> breaches(Profile person, List<Profile> occupants, HousingSettings settings) {
        Set<SeparationRule> broken = EnumSet.noneOf(SeparationRule.class);
        String group = person.legalGroup();
        for (Profile o : occupants) {
            if (differ(person.sex(), o.sex())) {
                broken.add(SeparationRule.SEX);
            }
            if (differ(person.minor(), o.minor())) {
                broken.add(SeparationRule.AGE);
            }
            String other = o.legalGroup();
            if (group != null && other != null && !group.equals(other)) {
                broken.add(group.equals("CIVIL") || other.equals("CIVIL")
                        ? SeparationRule.CIVIL_CRIMINAL : SeparationRule.UNTRIED_CONVICTED);
            }
            if (settings.rivals(person.classification(), o.classification())) {
                broken.add(SeparationRule.CLASSIFICATION);
            }
        }
        return broken;
    }

    private static boolean differ(Object a, Object b) {
        return a != null && b != null && !a.equals(b);
    }
}
