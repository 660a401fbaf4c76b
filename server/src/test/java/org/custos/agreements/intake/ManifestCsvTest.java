package org.custos.agreements.intake;

import java.time.LocalDate;
import org.custos.shared.web.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a manifest's CSV: columns by header, dates in both spellings, and every unreadable cell named by its path. */
class ManifestCsvTest {

    private static final String HEADER = "givenNames,firstSurname,sex,dateOfBirth,nationality,documentType,documentNumber,"
            + "status,court,caseNumber,sentence,judgmentDate,documentSha256,offences,escapeRisk\r\n";

    @Test
    void readsEachRowWithTheJudgmentDatesFlagsAndOffences() {
        ManifestCsv.Read r = ManifestCsv.read(HEADER
                + "José,\"Pérez, hijo\",male,02/04/1988,us,passport,P123456,finally_convicted,Court,CR-1,96 months,2024-10-03,"
                + "abc,TERR; WAR ,sí\r\n"
                + "Luis,Rojas,MALE,1990-01-31,VE,PASSPORT,P7654321,DEPORTEE,,,,,,,no\r\n");
        assertThat(r.problems()).isEmpty();
        Manifest.Person first = r.persons().get(0);
        assertThat(first.firstSurname()).isEqualTo("Pérez, hijo");
        assertThat(first.sex()).isEqualTo("MALE");
        assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(1988, 4, 2));
        assertThat(first.nationality()).isEqualTo("US");
        assertThat(first.status()).isEqualTo("FINALLY_CONVICTED");
        assertThat(first.judgment().date()).isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(first.offences()).containsExactly("TERR", "WAR");
        assertThat(first.escapeRisk()).isTrue();
        Manifest.Person second = r.persons().get(1);
        assertThat(second.judgment()).as("a deportee's empty judgment columns: no judgment").isNull();
        assertThat(second.escapeRisk()).isFalse();
    }

    @Test
    void aFileOfMoreRowsThanAManifestMayHoldIsOneProblemNotOnePerCell() {
        String bad = "A,B,MALE,31/02/1988,US,PASSPORT,P2,FINALLY_CONVICTED,C,D,E,yesterday,abc,,perhaps\r\n";
        ManifestCsv.Read r = ManifestCsv.read(HEADER + bad.repeat(ManifestValidator.MAX_PERSONS + 1));
        assertThat(r.persons()).isEmpty();
        assertThat(r.problems()).containsExactly(FieldProblem.of("persons", "bounds.too-many", ManifestValidator.MAX_PERSONS));
        assertThat(ManifestCsv.read(HEADER + bad.repeat(3)).problems()).hasSize(9);
    }

    @Test
    void anUnreadableCellIsNamedByRowAndFieldAndAnUnknownColumnByName() {
        ManifestCsv.Read r = ManifestCsv.read(HEADER
                + "A,B,MALE,1988-01-01,US,PASSPORT,P1,FINALLY_CONVICTED,C,D,E,2024-10-03,abc,,yes\r\n"
                + "A,B,MALE,31/02/1988,US,PASSPORT,P2,FINALLY_CONVICTED,C,D,E,yesterday,abc,,perhaps\r\n");
        assertThat(r.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("persons[1].dateOfBirth",
                "persons[1].judgment.date", "persons[1].escapeRisk");
        assertThat(r.problems()).extracting(FieldProblem::code).containsExactlyInAnyOrder("agreements.intake.DATE_INVALID",
                "agreements.intake.DATE_INVALID", "agreements.intake.YES_NO_INVALID");

        ManifestCsv.Read unknown = ManifestCsv.read("givenNames,shoeSize\r\nA,42\r\n");
        assertThat(unknown.persons()).isEmpty();
        assertThat(unknown.problems()).contains(FieldProblem.of("file", "agreements.intake.CSV_COLUMN_UNKNOWN", "shoeSize"),
                FieldProblem.of("file", "agreements.intake.CSV_COLUMN_MISSING", "status"));
        assertThat(ManifestCsv.read("").problems()).containsExactly(FieldProblem.of("file", "agreements.intake.CSV_EMPTY"));
    }
}
