package org.custos.gate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.Validation;
import org.custos.support.Properties;
import org.junit.jupiter.api.Test;

/**
 * The name rule (docs/gate.md): a full name, never initials (with or without dots), never a single letter, never
 * particles alone; for the authorizing official at least a name and a surname. Seeded properties over generated
 * names, plus the cases the issue reported.
 */
class EntrantNamesPropertyTest {

    static final String[] GIVEN = {"María", "José", "Ana", "Luis", "Carmen", "Jean-Luc", "Iñaki", "Zoë", "Ma",
            "Óscar", "Eun", "Ío"};
    static final String[] SURNAMES = {"Pérez", "Cruz", "O'Brien", "Núñez", "Meza", "Gasset", "Ng", "Ortega-Ruiz"};
    static final String[] PARTICLES = {"de", "la", "del", "de la", "de los", "y", "e", "van", "von der"};
    /** Without E and Y: undotted between two words they are the connector "y"/"e" ("Ana Y Pérez"). */
    static final String LETTERS = "ABCDFGHIJKLMNOPQRSTUVWXZÁÉÑ";

    @Test
    void theNamesTheIssueReportedAreRefused() {
        for (String name : List.of("J.J.", "M.M.", "C.A.", "E", "C. A.", "J J", "y", "e", "de la", "E Y", "Y e")) {
            assertThat(codes(name, false)).as(name).containsAnyOf("gate.name.initials", "gate.name.connectors");
        }
        for (String official : List.of("O.L. Meza", "E Y", "Luis M.", "Meza", "Luis de la")) {
            assertThat(codes(official, true)).as(official).isNotEmpty();
        }
    }

    @Test
    void realNamesAreAccepted() {
        for (String name : List.of("María José de la Cruz", "Ana Y Pérez", "José Ortega y Gasset", "Ng", "Ío")) {
            assertThat(codes(name, false)).as(name).isEmpty();
        }
        assertThat(codes("María José de la Cruz", true)).isEmpty();
        assertThat(codes("Eun Ng", true)).isEmpty();
    }

    @Test
    void generatedFullNamesAreAccepted() {
        Properties.forAll(20261203L, 500, EntrantNamesPropertyTest::fullName, name -> {
            assertThat(codes(name, false)).as(name).isEmpty();
            assertThat(codes(name, true)).as(name).isEmpty();
        });
    }

    @Test
    void aNameWithAnInitialAnywhereIsRefused() {
        Properties.forAll(20261204L, 500, r -> {
            List<String> parts = new ArrayList<>(List.of(fullName(r).split(" ")));
            parts.add(r.nextInt(parts.size() + 1), initials(r));
            return String.join(" ", parts);
        }, name -> {
            assertThat(codes(name, false)).as(name).contains("gate.name.initials");
            assertThat(codes(name, true)).as(name).contains("gate.name.initials");
        });
    }

    @Test
    void particlesAloneAreNotAName() {
        Properties.forAll(20261205L, 300, r -> {
            StringBuilder s = new StringBuilder(pick(r, PARTICLES));
            for (int i = r.nextInt(3); i > 0; i--) {
                s.append(' ').append(pick(r, PARTICLES));
            }
            return r.nextBoolean() ? s.toString() : s.toString().toUpperCase();
        }, name -> {
            assertThat(codes(name, false)).as(name).hasSize(1).first()
                    .isIn("gate.name.initials", "gate.name.connectors");
        });
    }

    @Test
    void anOfficialNeedsANameAndASurname() {
        Properties.forAll(20261206L, 300, r -> (r.nextBoolean() ? pick(r, PARTICLES) + " " : "") + pick(r, SURNAMES)
                + (r.nextBoolean() ? " " + pick(r, PARTICLES) + " " + pick(r, new String[] {"la", "los"}) : ""),
                name -> assertThat(codes(name, true)).as(name).isNotEmpty());
    }

    /** Initials as people write them: "J", "J.", "J.J.", "C. A." (one or two letters, with or without dots). */
    static String initials(Random r) {
        String first = String.valueOf(LETTERS.charAt(r.nextInt(LETTERS.length())));
        String dot = r.nextBoolean() ? "." : "";
        return switch (r.nextInt(3)) {
            case 0 -> first + dot;
            case 1 -> first + "." + LETTERS.charAt(r.nextInt(LETTERS.length())) + dot;
            default -> r.nextBoolean() ? first.toLowerCase() + dot : first + dot + " " + LETTERS.charAt(2) + dot;
        };
    }

    static String fullName(Random r) {
        StringBuilder s = new StringBuilder(pick(r, GIVEN));
        if (r.nextBoolean()) {
            s.append(' ').append(pick(r, GIVEN));
        }
        if (r.nextInt(3) == 0) {
            s.append(' ').append(pick(r, PARTICLES));
        }
        return s.append(' ').append(pick(r, SURNAMES)).toString();
    }

    static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    static List<String> codes(String name, boolean official) {
        Validation v = new Validation();
        if (official) {
            EntrantRules.official(v, "f", name);
        } else {
            EntrantRules.name(v, "f", name, true);
        }
        return v.problems().stream().map(FieldProblem::code).toList();
    }
}
