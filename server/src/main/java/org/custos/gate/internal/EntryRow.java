package org.custos.gate.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A gate entry as read back, with its exit if any. {@code offlineIn} and {@code offlineOut} say that
 * surveillance covering its gate or area was offline when the person came in or went out.
 */
public record EntryRow(UUID id, String facilityCode, String gate, String kind, String givenNames,
                       String firstSurname, String secondSurname, String documentType, String documentNumber,
                       String documentCountry, String organisation, String purpose, UUID visitedPersonId,
                       String visitedBooking, String visitedName, String area, String authorizedBy, UUID visitId,
                       OffsetDateTime enteredAt, String recordedBy, UUID eventId, OffsetDateTime exitedAt,
                       String exitRecordedBy, boolean offlineIn, boolean offlineOut, int corrections) {

    static final String SELECT = """
            select e.id, e.facility_code, e.gate, e.kind, e.given_names, e.first_surname, e.second_surname, e.doc_type,
              e.doc_number, e.doc_country, e.organisation, e.purpose, e.visited_person, e.visited_booking, e.visited_name,
              e.area, e.authorized_by, e.visit_id, e.entered_at, e.recorded_by, e.event_id, x.exited_at, x.recorded_by,
              %s as offline_in, %s as offline_out,
              (select count(*) from gate_correction c where c.entry_id = e.id) as corrections
            from gate_entry e left join gate_exit x on x.entry_id = e.id
            """.formatted(offline("e.entered_at"), offline("x.exited_at"));

    /** An SQL boolean: an outage covering entry {@code e}'s facility, gate or area at {@code at}. */
    static String offline(String at) {
        return "coalesce((select true from surveillance_outage o where " + covers(at) + " limit 1), false)";
    }

    /**
     * The one rule of "surveillance was offline" for a gate movement (the log, its CSV, the entry's reads and the
     * list of events during outages all use it): outage {@code o} of entry {@code e}'s facility had started at
     * {@code at} and was not back by then, and covers the whole facility or the entry's gate or area.
     */
    static String covers(String at) {
        return "o.facility_code = e.facility_code and o.offline_since <= " + at
                + " and not exists (select 1 from surveillance_restore r where r.outage_id = o.id and r.online_since <= " + at + ")"
                + " and (o.area is null or lower(o.area) = lower(e.gate) or lower(o.area) = lower(coalesce(e.area, '')))";
    }

    static EntryRow read(ResultSet rs, int n) throws SQLException {
        return new EntryRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getObject(13, UUID.class), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getObject(18, UUID.class), rs.getObject(19, OffsetDateTime.class),
                rs.getString(20), rs.getObject(21, UUID.class), rs.getObject(22, OffsetDateTime.class), rs.getString(23),
                rs.getBoolean(24), rs.getBoolean(25), rs.getInt(26));
    }

    public String fullName() {
        return givenNames + " " + firstSurname + (secondSurname == null ? "" : " " + secondSurname);
    }

    public boolean inside() {
        return exitedAt == null;
    }

    /** The person visited, or the area. */
    public String visiting() {
        return visitedName != null ? visitedName + " (" + visitedBooking + ")" + (area == null ? "" : " — " + area) : area;
    }
}
