package org.custos.housing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custos.housing.HeadcountRecorded;
import org.custos.identity.CurrentUser;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A headcount of a unit, compared with the placements on record and the persons out on movement
 * (Mandela Rule 6; standard 4): any difference is a discrepancy shown on the warden's first screen.
 */
@Service
public class HeadcountService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeadcountService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public record Counted(UUID id, int counted, int placed, int out, int discrepancy) {
    }

    @Transactional
    public Counted record(Requests.Headcount h, CurrentUser caller) {
        Validation v = new Validation();
        v.rejectIf(h.unitId() == null, "unitId", "required");
        v.rejectIf(h.counted() == null, "counted", "required");
        v.rejectIf(h.counted() != null && (h.counted() < 0 || h.counted() > 1_000_000), "counted",
                "housing.count-range", 1_000_000);
        v.rejectIf(h.note() != null && h.note().length() > PlacementService.TEXT_MAX, "note", "too-long",
                PlacementService.TEXT_MAX);
        v.throwIfInvalid("housing.validation");
        String facility = jdbc.sql("select facility_code from housing_unit where id = :u").param("u", h.unitId())
                .query(String.class).optional().orElse(null);
        if (facility == null || !caller.mayActIn(facility)) {
            throw ProblemException.invalid("housing.validation", FieldProblem.of("unitId", "housing.unit.unknown"));
        }
        int[] expected = jdbc.sql("""
                select count(*), count(hp.out_since) from housing_person hp join cell c on c.id = hp.cell_id
                where c.unit_id = :u""").param("u", h.unitId())
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int discrepancy = h.counted() - (expected[0] - expected[1]);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into headcount(id, unit_id, facility_code, counted_at, counted, placed, out_on_movement,
                    discrepancy, note, counted_by) values (:id, :u, :f, :at, :n, :placed, :out, :d, :note, :by)""")
                .param("id", id).param("u", h.unitId()).param("f", facility).param("at", now).param("n", h.counted())
                .param("placed", expected[0]).param("out", expected[1]).param("d", discrepancy)
                .param("note", h.note() == null || h.note().isBlank() ? null : h.note().trim())
                .param("by", caller.username()).update();
        events.publishEvent(new HeadcountRecorded(UUID.randomUUID(), h.unitId(), id, facility, h.counted(),
                expected[0], expected[1], discrepancy, caller.username(), now));
        return new Counted(id, h.counted(), expected[0], expected[1], discrepancy);
    }
}
