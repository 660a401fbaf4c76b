package org.custos.work.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The Zero Leisure programme of the demo, at El Salvador's reported scale: which programmes each demo
 * facility runs (textile in three 8-hour shifts round the clock, shoes, outside construction with
 * Constructora El Salvador, kitchens, farms, bakery, the orchestra, study), how strongly each draws
 * workers, and each convicted person's eligibility facts — all deterministic from the facility code and
 * the person id. Pure; the allocation itself is decided by the module's own {@code Eligibility}.
 */
final class WorkDemoPlan {

    static final String PARTNER = "Constructora El Salvador";
    /** The shoe workshop's reported target, and the textile workshops' reported output, a month. */
    static final int SHOE_PAIRS_A_MONTH = 150_000;
    static final int GARMENTS_A_MONTH = 600_000;
    /** Where the demo derives last month's credits and credits its pay (the rest is left for the manager to do). */
    static final Set<String> DERIVED = Set.of("LA-ESPERANZA", "IZALCO-III", "GRANJA-SANTA-ANA", "ILOPANGO");

    /** A programme template: code suffix, name, kind, session, hours, paid, rate, rule, max security, weight. */
    record Template(String code, String name, String kind, boolean outside, String sessionKind, BigDecimal hours,
                    boolean paid, BigDecimal rate, String band, String rule, String maxSecurity, int weight) {
    }

    /** A person's eligibility facts as the demo records them. */
    record Profile(boolean medicalFit, String securityLevel, String regimePhase, boolean gangMember) {
    }

    private static final Set<String> TEXTILE = Set.of("LA-ESPERANZA", "IZALCO-I", "IZALCO-II", "APANTEOS",
            "QUEZALTEPEQUE", "ILOPANGO");
    private static final Set<String> SHOES = Set.of("IZALCO-III", "IZALCO-CDM", "SANTA-ANA-CDM", "LA-ESPERANZA");
    private static final Set<String> CONSTRUCTION = Set.of("IZALCO-I", "IZALCO-II", "IZALCO-III", "IZALCO-CDM",
            "SANTA-ANA-CDM", "APANTEOS", "QUEZALTEPEQUE", "CIUDAD-BARRIOS", "SAN-MIGUEL", "CHALATENANGO");
    private static final Set<String> FARMS = Set.of("GRANJA-SANTA-ANA", "GRANJA-ZACATECOLUCA", "SAN-FRANCISCO-GOTERA",
            "SENSUNTEPEQUE");
    private static final Set<String> BAKERY = Set.of("LA-ESPERANZA", "APANTEOS", "ILOPANGO", "SAN-MIGUEL", "USULUTAN");
    /** Gang confinement: everyone there is recorded as a gang member, and no programme runs there. */
    static final String GANG_CONFINEMENT = "CECOT";
    private static final Set<String> MAXIMUM = Set.of("CECOT", "ZACATECOLUCA-MS");

    private WorkDemoPlan() {
    }

    /** The programmes of a facility, study last (it takes whoever no other programme can). */
    static List<Template> programmes(String facility) {
        List<Template> out = new ArrayList<>();
        if (facility.equals(GANG_CONFINEMENT)) return out;
        boolean max = MAXIMUM.contains(facility);
        if (!max && TEXTILE.contains(facility)) {
            out.add(t("TEXTIL-T1", "Taller textil, turno 1 (06:00-14:00)", "WORKSHOP", false, "FULL_DAY", 8, true, "4.00", "A", "WORK", "MEDIUM", 7));
            out.add(t("TEXTIL-T2", "Taller textil, turno 2 (14:00-22:00)", "WORKSHOP", false, "FULL_DAY", 8, true, "4.00", "A", "WORK", "MEDIUM", 7));
            out.add(t("TEXTIL-T3", "Taller textil, turno 3 (22:00-06:00)", "WORKSHOP", false, "NIGHT_SHIFT", 8, true, "4.50", "B", "WORK", "MEDIUM", 7));
        }
        if (!max && SHOES.contains(facility)) {
            out.add(t("CALZADO", "Taller de calzado", "WORKSHOP", false, "FULL_DAY", 8, true, "4.00", "A", "WORK", "MEDIUM", 40));
        }
        if (!max && CONSTRUCTION.contains(facility)) {
            out.add(t("OBRA", "Obra pública exterior (Constructora El Salvador)", "CONSTRUCTION", true, "FULL_DAY", 8, true, "5.00", "C", "WORK", "MINIMUM", 40));
        }
        if (!max && FARMS.contains(facility)) {
            out.add(t("GRANJA", "Granja penitenciaria: cultivos y animales", "FARM", false, "FULL_DAY", 8, true, "3.50", "A", "WORK", "MEDIUM",
                    facility.startsWith("GRANJA") ? 150 : 15));
        }
        if (!max && BAKERY.contains(facility)) {
            out.add(t("PANADERIA", "Panadería", "WORKSHOP", false, "HALF_DAY", 4, true, "2.00", "A", "WORK", "MEDIUM", 6));
        }
        if (facility.equals("LA-ESPERANZA")) {
            out.add(t("ORQUESTA", "Orquesta sinfónica", "CULTURE", false, "HALF_DAY", 4, false, null, null, "STUDY", "MEDIUM", 1));
        }
        // Kitchen work is the centre's domestic service: unpaid by law (Ley Penitenciaria art. 109).
        out.add(t("COCINA", "Cocina del centro", "KITCHEN", false, "FULL_DAY", 8, false, null, null, "WORK", max ? "MAXIMUM" : "MEDIUM", 10));
        out.add(t("ESTUDIO", "Estudio: alfabetización y educación media", "STUDY", false, "HALF_DAY", 4, false, null, null, "STUDY", "MAXIMUM", 25));
        return out;
    }

    /** The facts recorded for a convicted demo person; deterministic from the id. */
    static Profile profile(UUID person, String facility) {
        SplittableRandom r = new SplittableRandom(person.getLeastSignificantBits() * 31 + person.getMostSignificantBits());
        boolean fit = r.nextInt(100) >= 4;
        String security = MAXIMUM.contains(facility) ? "MAXIMUM"
                : pick(r.nextInt(100), new int[] {45, 95}, "MINIMUM", "MEDIUM", "MAXIMUM");
        String phase = pick(r.nextInt(100), new int[] {10, 60, 90}, "ADAPTATION", "ORDINARY", "TRUST", "SEMI_FREEDOM");
        boolean gang = facility.equals(GANG_CONFINEMENT) || r.nextInt(100) < 3;
        return new Profile(fit, security, phase, gang);
    }

    /** A weighted draw of the programme order for a person: the first eligible one with room is taken. */
    static List<Integer> preference(UUID person, List<Template> programmes) {
        SplittableRandom r = new SplittableRandom(person.getMostSignificantBits() ^ 0x5DEECE66DL);
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) left.add(i);
        List<Integer> out = new ArrayList<>();
        while (!left.isEmpty()) {
            int total = left.stream().mapToInt(i -> programmes.get(i).weight()).sum();
            int x = r.nextInt(total);
            for (int k = 0; k < left.size(); k++) {
                x -= programmes.get(left.get(k)).weight();
                if (x < 0) {
                    out.add(left.remove(k));
                    break;
                }
            }
        }
        return out;
    }

    private static String pick(int x, int[] bounds, String... values) {
        for (int i = 0; i < bounds.length; i++) if (x < bounds[i]) return values[i];
        return values[values.length - 1];
    }

    private static Template t(String code, String name, String kind, boolean outside, String session, int hours, boolean paid,
                              String rate, String band, String rule, String security, int weight) {
        return new Template(code, name, kind, outside, session, BigDecimal.valueOf(hours), paid,
                rate == null ? null : new BigDecimal(rate), band, rule, security, weight);
    }
}
