package org.custos.gate.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scheduled visits of a facility from a day on, with their approval and outcome. */
@Component
public class VisitQueries {

    public record VisitRow(UUID id, String facilityCode, String kind, String fullName, String documentType,
                           String documentNumber, String documentCountry, String organisation, String purpose,
                           String visitedBooking, String visitedName, String area, OffsetDateTime scheduledAt,
                           String bookedBy, String approvedBy, OffsetDateTime approvedAt, String outcome,
                           String outcomeNote, UUID entryId) {
        public String status() {
            return outcome != null ? outcome : approvedBy != null ? "APPROVED" : "BOOKED";
        }

        public String visiting() {
            return visitedName != null ? visitedName + " (" + visitedBooking + ")" : area;
        }
    }

    private final JdbcClient jdbc;
    private final GateSettings settings;

    VisitQueries(JdbcClient jdbc, GateSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<VisitRow> from(String facility, LocalDate day, int page, int size) {
        return jdbc.sql("""
                select v.id, v.facility_code, v.kind, v.given_names || ' ' || v.first_surname
                         || coalesce(' ' || v.second_surname, ''), v.doc_type, v.doc_number, v.doc_country, v.organisation,
                       v.purpose, v.visited_booking, v.visited_name, v.area, v.scheduled_at, v.booked_by,
                       a.approved_by, a.approved_at, o.outcome, o.note, o.entry_id
                from scheduled_visit v left join visit_approval a on a.visit_id = v.id
                     left join visit_outcome o on o.visit_id = v.id
                where v.facility_code = :f and v.scheduled_at >= :from
                order by v.scheduled_at, v.id limit :size offset :offset""")
                .param("f", facility).param("from", settings.startOf(day)).param("size", size)
                .param("offset", (long) Math.max(page, 0) * size)
                .query((rs, n) -> new VisitRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class), rs.getString(14), rs.getString(15),
                        rs.getObject(16, OffsetDateTime.class), rs.getString(17), rs.getString(18),
                        rs.getObject(19, UUID.class))).list();
    }
}
