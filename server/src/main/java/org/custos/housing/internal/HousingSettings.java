package org.custos.housing.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable parameters of housing: the space standard (CPT by default: 4 m² per person in a
 * shared cell, 6 m² for a single cell; ICRC 3.4 / 5.4), the plausibility limit on toilets, the rival
 * classification groups and which separation rules a warden may override.
 */
@Component
public class HousingSettings {

    private final String standard;
    private final BigDecimal sharedArea;
    private final BigDecimal singleArea;
    private final int maxToilets;
    private final BigDecimal areaPerToilet;
    private final Set<Set<String>> rivals = new HashSet<>();
    private final Set<SeparationRule> overridable = new HashSet<>();

    HousingSettings(@Value("${custos.housing.standard:CPT}") String standard,
                    @Value("${custos.housing.shared-area:}") String sharedArea,
                    @Value("${custos.housing.single-area:}") String singleArea,
                    @Value("${custos.housing.max-toilets:50}") int maxToilets,
                    @Value("${custos.housing.area-per-toilet:2}") BigDecimal areaPerToilet,
                    @Value("${custos.housing.rival-groups:MS-13:BARRIO-18-SURENOS,MS-13:BARRIO-18-REVOLUCIONARIOS,"
                            + "BARRIO-18-SURENOS:BARRIO-18-REVOLUCIONARIOS}") List<String> rivalGroups,
                    @Value("${custos.housing.overridable-rules:CLASSIFICATION}") List<String> overridableRules) {
        this.standard = standard.toUpperCase(Locale.ROOT);
        boolean icrc = this.standard.equals("ICRC");
        this.sharedArea = sharedArea.isBlank() ? new BigDecimal(icrc ? "3.4" : "4") : new BigDecimal(sharedArea);
        this.singleArea = singleArea.isBlank() ? new BigDecimal(icrc ? "5.4" : "6") : new BigDecimal(singleArea);
        this.maxToilets = maxToilets;
        this.areaPerToilet = areaPerToilet;
        for (String pair : rivalGroups) {
            String[] two = pair.trim().toUpperCase(Locale.ROOT).split(":");
            if (two.length == 2) {
                rivals.add(Set.of(two[0].trim(), two[1].trim()));
            }
        }
        for (String rule : overridableRules) {
            SeparationRule r = SeparationRule.valueOf(rule.trim().toUpperCase(Locale.ROOT));
            if (r.statutory()) {
                throw new IllegalStateException("Separation rule " + r + " is statutory and can never be overridden");
            }
            overridable.add(r);
        }
    }

    public String standard() {
        return standard;
    }

    public BigDecimal sharedArea() {
        return sharedArea;
    }

    public BigDecimal singleArea() {
        return singleArea;
    }

    /** Persons a cell of this area holds under the standard: shared if it fits two, else single, else none. */
    int standardsCapacity(BigDecimal area) {
        if (area.compareTo(sharedArea.multiply(BigDecimal.TWO)) >= 0) {
            return area.divideToIntegralValue(sharedArea).intValueExact();
        }
        return area.compareTo(singleArea) >= 0 ? 1 : 0;
    }

    /** The same rule in SQL over a column {@code c.floor_area}; binds {@code :shared} and {@code :single}. */
    static String standardsSql(String column) {
        return "(case when " + column + " >= 2 * :shared then floor(" + column + " / :shared)"
                + " when " + column + " >= :single then 1 else 0 end)";
    }

    boolean plausibleToilets(int toilets, BigDecimal area) {
        if (toilets > maxToilets) {
            return false;
        }
        return areaPerToilet.signum() <= 0 || area == null
                || BigDecimal.valueOf(toilets).multiply(areaPerToilet).compareTo(area) <= 0 || toilets <= 1;
    }

    int maxToilets() {
        return maxToilets;
    }

    boolean rivals(String a, String b) {
        return a != null && b != null && !a.equals(b) && rivals.contains(Set.of(a, b));
    }

    boolean overridable(SeparationRule rule) {
        return overridable.contains(rule);
    }
}
