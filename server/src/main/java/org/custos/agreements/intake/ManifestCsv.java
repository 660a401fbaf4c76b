package org.custos.agreements.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.shared.web.FieldProblem;

/**
 * A manifest's persons from CSV (RFC 4180, UTF-8, a header row naming the columns in {@link #COLUMNS}, any order):
 * dates as {@code 2025-03-15} or {@code 15/03/2025}, yes/no as {@code sí}/{@code yes}/{@code true} or
 * {@code no}/{@code false}/empty, offences separated by {@code ;}. What cannot be read is named by the same path as
 * in JSON ({@code persons[2].dateOfBirth}, the data row's index from 0) and refused with every other problem.
 */
public final class ManifestCsv {

    public static final List<String> COLUMNS = List.of("agreement", "givenNames", "firstSurname", "secondSurname", "sex",
            "dateOfBirth", "nationality", "documentType", "documentNumber", "documentCountry", "status", "court",
            "caseNumber", "sentence", "judgmentDate", "documentSha256", "offences", "lifeSentence", "sentenceEnd",
            "escapeRisk", "seriousMentalDisorder", "expulsionOrdered", "consent", "toldOn", "visibleInjuries",
            "illTreatmentComplaints", "emergencyContactName", "emergencyContactPhone");
    public static final List<String> REQUIRED = List.of("givenNames", "firstSurname", "sex", "dateOfBirth", "nationality",
            "documentType", "documentNumber", "status");

    /** The persons read and the problems met reading them. */
    public record Read(List<Manifest.Person> persons, List<FieldProblem> problems) {
    }

    private ManifestCsv() {
    }

    public static Read read(String text) {
        List<List<String>> records = org.custos.shared.web.CsvText.parse(text == null ? "" : text);
        List<FieldProblem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(FieldProblem.of("file", "agreements.intake.CSV_EMPTY"));
            return new Read(List.of(), problems);
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = records.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (COLUMNS.contains(name)) at.put(name, i);
            else problems.add(FieldProblem.of("file", "agreements.intake.CSV_COLUMN_UNKNOWN", name));
        }
        REQUIRED.stream().filter(c -> !at.containsKey(c))
                .forEach(c -> problems.add(FieldProblem.of("file", "agreements.intake.CSV_COLUMN_MISSING", c)));
        if (!problems.isEmpty()) return new Read(List.of(), problems);
        if (records.size() - 1 > ManifestValidator.MAX_PERSONS) { // one problem, not one per cell of a huge file
            problems.add(FieldProblem.of("persons", "bounds.too-many", ManifestValidator.MAX_PERSONS));
            return new Read(List.of(), problems);
        }
        List<Manifest.Person> persons = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            persons.add(person(new Line(records.get(r), at, "persons[" + (r - 1) + "].", problems)));
        }
        return new Read(persons, problems);
    }

    private static Manifest.Person person(Line l) {
        Manifest.Judgment j = l.blank("court", "caseNumber", "sentence", "judgmentDate", "documentSha256") ? null
                : new Manifest.Judgment(l.text("court"), l.text("caseNumber"), l.text("sentence"),
                l.date("judgmentDate", "judgment.date"), l.text("documentSha256"));
        String offences = l.text("offences");
        return new Manifest.Person(l.text("agreement"), l.text("givenNames"), l.text("firstSurname"),
                l.text("secondSurname"), upper(l.text("sex")), l.date("dateOfBirth", "dateOfBirth"),
                upper(l.text("nationality")), upper(l.text("documentType")), l.text("documentNumber"),
                upper(l.text("documentCountry")), upper(l.text("status")), j,
                offences == null ? List.of() : Arrays.stream(offences.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                l.yes("lifeSentence"), l.date("sentenceEnd", "sentenceEnd"), l.yes("escapeRisk"),
                l.yes("seriousMentalDisorder"), l.yes("expulsionOrdered"), l.yes("consent"), l.date("toldOn", "toldOn"),
                l.text("visibleInjuries"), l.text("illTreatmentComplaints"), l.text("emergencyContactName"),
                l.text("emergencyContactPhone"));
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase();
    }

    private record Line(List<String> cells, Map<String, Integer> at, String path, List<FieldProblem> problems) {

        String text(String column) {
            Integer i = at.get(column);
            if (i == null || i >= cells.size()) return null;
            String v = cells.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        boolean blank(String... columns) {
            return Arrays.stream(columns).allMatch(c -> text(c) == null);
        }

        LocalDate date(String column, String field) {
            String v = text(column);
            if (v == null) return null;
            try {
                if (v.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                    String[] p = v.split("/");
                    return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                }
                return LocalDate.parse(v);
            } catch (java.time.DateTimeException e) {
                problems.add(FieldProblem.of(path + field, "agreements.intake.DATE_INVALID"));
                return null;
            }
        }

        Boolean yes(String column) {
            String v = text(column);
            if (v == null) return false;
            return switch (v.toLowerCase()) {
                case "sí", "si", "yes", "true", "1", "x" -> true;
                case "no", "false", "0" -> false;
                default -> {
                    problems.add(FieldProblem.of(path + column, "agreements.intake.YES_NO_INVALID"));
                    yield false;
                }
            };
        }
    }
}
