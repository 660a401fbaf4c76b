package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.CurrentUser;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved work days from a CSV file (the supervising judge's constancias, already decided):
 * {@code booking_number,date,days,hours,document}. One transaction: every person's whole case is
 * validated by the engine with its new credits; one refused line refuses the file, naming the line.
 */
@Service
public class CreditImport {

    private final JdbcClient jdbc;
    private final BulkRecords batches;
    private final org.custos.shared.web.Bounds bounds;

    CreditImport(JdbcClient jdbc, BulkRecords batches, org.custos.shared.web.Bounds bounds) {
        this.bounds = bounds;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Transactional
    public int importApproved(String csv, CurrentUser caller) {
        String actor = SentencingService.actor(caller);
        OffsetDateTime at = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        Map<UUID, List<CreditRow>> byPerson = new LinkedHashMap<>();
        Map<UUID, Integer> firstLine = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = csv.replace("\uFEFF", "").split("\\r?\\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String[] f = lines[i].split(",", -1);
            String line = "line[" + (i + 1) + "]";
            if (f.length < 5) {
                problems.add(FieldProblem.of(line, "sentencing.CSV", i + 1, "5 columns"));
                continue;
            }
            UUID person = jdbc.sql("select person_id from sentencing_person where booking_number = :b")
                    .param("b", f[0].trim()).query(UUID.class).optional().orElse(null);
            try {
                if (person == null) throw new IllegalArgumentException("unknown booking number " + f[0].trim());
                Integer days = f[2].isBlank() ? null : Integer.valueOf(f[2].trim());
                Integer hours = f[3].isBlank() ? null : Integer.valueOf(f[3].trim());
                org.custos.shared.web.Validation v = new org.custos.shared.web.Validation();
                bounds.date(v, line + ".date", LocalDate.parse(f[1].trim()), org.custos.shared.web.Bounds.Kind.PAST_FACT);
                org.custos.shared.web.Bounds.text(v, line + ".document", f[4], org.custos.shared.web.Bounds.CODE);
                problems.addAll(v.problems());
                byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(new CreditRow(UUID.randomUUID(), null, "WORK",
                        LocalDate.parse(f[1].trim()), days, hours, "APPROVED", Checks.trim(f[4]), null, null, actor, at));
                firstLine.putIfAbsent(person, i + 1);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(FieldProblem.of(line, "sentencing.CSV", i + 1, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) throw ProblemException.invalid(Recomputer.INVALID, problems);
        return batches.add(BulkRecords.credits(byPerson), firstLine, actor, at, true, true);
    }
}
