package org.custos.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPersonsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZoneOffset.UTC);
    private final DemoPlan plan = new DemoPlan(DemoFacilities.ALL, 20_000);
    private final DemoPersons persons = new DemoPersons(NOW);

    @Test
    void sameIndexSamePerson() {
        assertThat(persons.admission(42, plan.facilityOf(42))).isEqualTo(persons.admission(42, plan.facilityOf(42)));
    }

    @Test
    void realisticMixOfLegalStatusesWithManyUntried() {
        Map<LegalStatusKind, Integer> counts = new EnumMap<>(LegalStatusKind.class);
        for (int i = 0; i < plan.persons(); i++) {
            counts.merge(persons.admission(i, plan.facilityOf(i)).legalStatus().kind(), 1, Integer::sum);
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder(LegalStatusKind.values());
        assertThat(counts.get(LegalStatusKind.UNTRIED)).isGreaterThan(plan.persons() / 2);
        assertThat(counts.get(LegalStatusKind.CONVICTED)).isGreaterThan(plan.persons() / 3);
    }

    @Test
    void everyAdmissionIsCoherent() {
        for (int i = 0; i < plan.persons(); i += 7) {
            DemoFacility facility = plan.facilityOf(i);
            AdmissionRequest a = persons.admission(i, facility);
            assertThat(a.admittedAt()).isBefore(NOW);
            assertThat(a.arrestedAt()).isBefore(a.admittedAt());
            assertThat(a.person().dateOfBirth().plusYears(18)).isBeforeOrEqualTo(a.admittedAt().toLocalDate());
            assertThat(a.commitmentOrder().documentSha256()).matches("[0-9a-f]{64}");
            assertThat(a.person().sex()).isEqualTo(facility.women() ? Sex.FEMALE : Sex.MALE);
            if (a.legalStatus().kind() == LegalStatusKind.ADMINISTRATIVE_STATE_OF_EXCEPTION) {
                assertThat(a.legalStatus().decreeNumber()).isNotBlank();
                assertThat(a.admittedAt()).isAfter(NOW.minusDays(15));
            }
            if (a.legalStatus().kind() == LegalStatusKind.HELD_FOR_ANOTHER_STATE) {
                assertThat(a.legalStatus().heldForState()).isEqualTo("US");
                assertThat(facility.code()).isEqualTo("CECOT");
            }
            if (a.person().nationality().equals("SV")) {
                assertThat(a.person().secondSurname()).isNotBlank();
                assertThat(a.person().documents().getFirst().number()).matches("\\d{8}-\\d");
            }
        }
    }
}
