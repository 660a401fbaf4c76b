package org.custos.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.LegalStatusKind;

/**
 * The legal side of a demo admission: status mix (many untried under the state of exception since
 * 27 March 2022, a few administrative detentions in the last 15 days, foreign deportees held for the
 * United States in CECOT), admission dates and commitment orders.
 */
final class DemoCustody {

    static final OffsetDateTime STATE_OF_EXCEPTION = OffsetDateTime.of(2022, 3, 27, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> PLACES = List.of("Soyapango", "San Salvador", "Apopa", "Ilopango", "Mejicanos",
            "Santa Ana", "San Miguel", "Usulután", "Zacatecoluca", "Ahuachapán", "Sonsonate", "Chalatenango",
            "La Libertad", "Cojutepeque", "Ciudad Delgado", "Tonacatepeque");
    private final OffsetDateTime now;

    DemoCustody(OffsetDateTime now) {
        this.now = now;
    }

    LegalStatusKind status(DemoFacility facility, String nationality, Random random) {
        if (facility.code().equals("CECOT") && (nationality.equals("US") || nationality.equals("VE"))) {
            return LegalStatusKind.HELD_FOR_ANOTHER_STATE;
        }
        int p = random.nextInt(1000);
        if ((nationality.equals("HN") || nationality.equals("GT") || nationality.equals("NI")) && p < 150) {
            return LegalStatusKind.IMMIGRATION_DETENTION;
        }
        if (p < 6) {
            return LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION;
        }
        int untried = facility.maximumSecurity() ? 640 : 520;
        return p < untried ? LegalStatusKind.UNTRIED : LegalStatusKind.CONVICTED;
    }

    OffsetDateTime admittedAt(LegalStatusKind status, Random random) {
        long minutes = switch (status) {
            case ADMINISTRATIVE_STATE_OF_EXCEPTION, IMMIGRATION_DETENTION -> 60L + random.nextInt(14 * 24 * 60);
            case HELD_FOR_ANOTHER_STATE -> 60L * 24 * (30 + random.nextInt(500));
            case UNTRIED -> span(STATE_OF_EXCEPTION, random);
            case CONVICTED -> random.nextInt(3) == 0 ? span(STATE_OF_EXCEPTION, random)
                    : span(OffsetDateTime.of(2012, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), random);
        };
        return now.minusMinutes(minutes).withSecond(0).withNano(0);
    }

    private long span(OffsetDateTime from, Random random) {
        long total = java.time.Duration.between(from, now).toMinutes();
        return 24 * 60 + (long) (random.nextDouble() * (total - 24 * 60));
    }

    String arrestPlace(Random random) {
        return PLACES.get(random.nextInt(PLACES.size())) + ", El Salvador";
    }

    CommitmentOrder order(LegalStatusKind status, int index, LocalDate date, DemoFacility facility, String sha) {
        String caseNumber = String.format("%d-%s-%d", 1000 + index % 9000, date.getYear(), index);
        return switch (status) {
            case UNTRIED -> new CommitmentOrder("Órgano Judicial", "Juzgado Especializado de Instrucción de San Salvador",
                    caseNumber, "Detención provisional, art. 329 CPP; art. 345 CP (agrupaciones ilícitas)", date, sha);
            case CONVICTED -> new CommitmentOrder("Órgano Judicial", "Tribunal de Sentencia de " + facility.department(),
                    caseNumber, "Sentencia condenatoria firme", date, sha);
            case ADMINISTRATIVE_STATE_OF_EXCEPTION -> new CommitmentOrder("Policía Nacional Civil",
                    "Fiscalía General de la República", caseNumber,
                    "Detención administrativa bajo régimen de excepción (D.L. 333/2022)", date, sha);
            case HELD_FOR_ANOTHER_STATE -> new CommitmentOrder("Ministerio de Justicia y Seguridad Pública",
                    "Acuerdo de custodia con los Estados Unidos", caseNumber,
                    "Custodia por cuenta de otro Estado (acuerdo bilateral)", date, sha);
            case IMMIGRATION_DETENTION -> new CommitmentOrder("Dirección General de Migración y Extranjería",
                    "Juzgado de Paz de San Salvador", caseNumber, "Ley Especial de Migración y de Extranjería", date, sha);
        };
    }
}
