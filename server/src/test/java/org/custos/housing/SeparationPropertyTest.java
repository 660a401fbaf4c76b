package org.custos.housing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Role;
import org.custos.registry.Admissions;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.OrderDocuments;
import org.custos.registry.Sex;
import org.custos.support.Api;
import org.custos.support.CustosTest;
import org.custos.support.Properties;
import org.custos.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded-random pairs (occupant, newcomer) of sex, minor or adult, legal status and classification,
 * placed over HTTP by a warden, with or without an override reason. Property: the placement is refused
 * iff a statutory rule (Mandela Rule 11) forbids it, or the two are rival groups and no reason is given;
 * a refusal names exactly the broken rules and writes nothing; an override is recorded.
 * Replay a failure with {@code -Dcustos.seed=<seed>}.
 */
@CustosTest
@Tag("database")
class SeparationPropertyTest {

    private static final List<String> GROUPS = java.util.Arrays.asList(null, "MS-13", "BARRIO-18-SURENOS",
            "BARRIO-18-REVOLUCIONARIOS", "TRABAJADORES");
    private static final Set<Set<String>> RIVALS = Set.of(Set.of("MS-13", "BARRIO-18-SURENOS"),
            Set.of("MS-13", "BARRIO-18-REVOLUCIONARIOS"), Set.of("BARRIO-18-SURENOS", "BARRIO-18-REVOLUCIONARIOS"));

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    FacilityDirectory facilities;
    @Autowired
    Admissions admissions;
    @Autowired
    OrderDocuments documents;
    @Autowired
    JdbcClient jdbc;

    record Someone(Sex sex, boolean minor, LegalStatusKind status, String group) {
        String legalGroup() {
            return switch (status) {
                case UNTRIED, ADMINISTRATIVE_STATE_OF_EXCEPTION -> "untried";
                case CONVICTED, HELD_FOR_ANOTHER_STATE -> "convicted";
                case IMMIGRATION_DETENTION -> "civil";
            };
        }
    }

    record Pair(Someone occupant, Someone newcomer, boolean overrideReason) {
    }

    static Someone someone(java.util.Random r) {
        LegalStatusKind[] kinds = LegalStatusKind.values();
        return new Someone(r.nextInt(4) == 0 ? Sex.FEMALE : Sex.MALE, r.nextInt(5) == 0, kinds[r.nextInt(kinds.length)],
                GROUPS.get(r.nextInt(GROUPS.size())));
    }

    /** The statutory rules the pair breaks, as problem codes: the oracle, written apart from the server's code. */
    static Set<String> statutory(Someone a, Someone b) {
        Set<String> codes = new TreeSet<>();
        if (a.sex() != b.sex()) {
            codes.add("housing.separation.sex");
        }
        if (a.minor() != b.minor()) {
            codes.add("housing.separation.age");
        }
        if (!a.legalGroup().equals(b.legalGroup())) {
            codes.add(a.legalGroup().equals("civil") || b.legalGroup().equals("civil")
                    ? "housing.separation.civil-criminal" : "housing.separation.untried-convicted");
        }
        return codes;
    }

    @Test
    void aPlacementIsRefusedIffAStatutoryRuleForbidsItOrRivalsAreMixedWithoutAReason() {
        HousingFixtures fx = new HousingFixtures(facilities, admissions, documents);
        String facility = fx.facility();
        Api admin = Api.as(port, users.with(Role.ADMINISTRATOR));
        Api warden = Api.as(port, users.with(Role.WARDEN, Set.of(facility), null));
        UUID unit = HousingFixtures.unit(admin, facility);
        int[] n = {0};
        Properties.forAll(20_261_124L, 40, r -> new Pair(someone(r), someone(r), r.nextBoolean()), pair -> {
            UUID cell = HousingFixtures.cell(admin, unit, "P" + n[0]++, 40, 10);
            UUID occupant = admit(fx, warden, facility, pair.occupant());
            UUID newcomer = admit(fx, warden, facility, pair.newcomer());
            assertThat(HousingFixtures.place(warden, occupant, cell, null).status()).isEqualTo(201);
            Api.Response r = HousingFixtures.place(warden, newcomer, cell,
                    pair.overrideReason() ? "\"overrideReason\":\"Decisión del director\"" : null);
            Set<String> expected = new TreeSet<>(statutory(pair.occupant(), pair.newcomer()));
            String a = pair.occupant().group();
            String b = pair.newcomer().group();
            boolean rivals = a != null && b != null && !a.equals(b) && RIVALS.contains(Set.of(a, b));
            if (rivals && !pair.overrideReason()) {
                expected.add("housing.separation.classification");
            }
            int placed = jdbc.sql("select count(*) from placement where cell_id = :c and ended_at is null")
                    .param("c", cell).query(Integer.class).single();
            if (!statutory(pair.occupant(), pair.newcomer()).isEmpty() || (rivals && !pair.overrideReason())) {
                assertThat(r.status()).as(r.body()).isEqualTo(409);
                Set<String> codes = new TreeSet<>();
                r.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
                assertThat(codes).isEqualTo(expected);
                assertThat(placed).isEqualTo(1);
            } else {
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                assertThat(r.json().get("overrides").toString()).isEqualTo(rivals ? "[\"CLASSIFICATION\"]" : "[]");
                assertThat(placed).isEqualTo(2);
            }
        });
    }

    private static UUID admit(HousingFixtures fx, Api warden, String facility, Someone s) {
        LocalDate born = s.minor() ? LocalDate.now().minusYears(16) : LocalDate.of(1990, 5, 1);
        UUID id = fx.admit(facility, s.sex(), s.status(), born);
        if (s.group() != null) {
            Api.Response r = warden.send("PUT", "/api/v1/housing/persons/" + id + "/classification", "application/json",
                    ("{\"group\":\"" + s.group() + "\",\"reason\":\"Entrevista de ingreso\"}").getBytes());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        return id;
    }
}
