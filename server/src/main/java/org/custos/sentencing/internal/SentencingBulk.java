package org.custos.sentencing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bulk path for demo data: sentences and approved work days of many persons, in one transaction. */
@Service
public class SentencingBulk {

    /** One demo person's sentence and the days worked. */
    public record DemoPlan(UUID personId, String offenceCode, String classification, int years, int months,
                           int days, LocalDate start, LocalDate offenceDate, List<LocalDate> workDays) {
    }

    private final BulkRecords bulk;

    SentencingBulk(BulkRecords bulk) {
        this.bulk = bulk;
    }

    /**
     * Writes the plans (engine-validated; a refused person refuses the batch); returns the records
     * written. The dates are left to the population recomputation that follows at start-up.
     */
    @Transactional
    public int addDemo(List<DemoPlan> plans) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        Map<UUID, BulkRecords.Additions> additions = new LinkedHashMap<>();
        for (DemoPlan p : plans) {
            UUID sentence = UUID.randomUUID();
            SentenceRow s = new SentenceRow(sentence, "SV", p.offenceCode(), p.classification(), null, p.years(),
                    p.months(), p.days(), p.start(), p.offenceDate(), null, null, null, "demo", at);
            List<CreditRow> credits = new ArrayList<>(p.workDays().size());
            int n = 0;
            for (LocalDate d : p.workDays()) {
                credits.add(new CreditRow(UUID.randomUUID(), null, "WORK", d, 1, null, "APPROVED",
                        "JVP n.º " + (++n), null, null, "demo", at));
            }
            additions.put(p.personId(), new BulkRecords.Additions(List.of(s), credits));
        }
        return bulk.add(additions, null, "demo", at, false, false);
    }
}
