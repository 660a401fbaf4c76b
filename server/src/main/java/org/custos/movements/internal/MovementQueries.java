package org.custos.movements.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.custos.housing.PersonLocation;
import org.custos.housing.Whereabouts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facility's open movements: escorts out now, transfers awaiting departure, in transit out and in. */
@Service
public class MovementQueries {

    private final JdbcClient jdbc;
    private final Whereabouts whereabouts;

    MovementQueries(JdbcClient jdbc, Whereabouts whereabouts) {
        this.jdbc = jdbc;
        this.whereabouts = whereabouts;
    }

    record EscortRow(UUID id, UUID personId, String booking, String purpose, String destination, String authorizedBy,
                     String staff, OffsetDateTime departedAt) {
    }

    public record TransferRow(UUID id, UUID personId, String booking, String from, String to, String reason,
                       String authorizedBy, String familyNotified, String familyMeans, OffsetDateTime departedAt) {
    }

    record Open(List<EscortRow> escorts, List<TransferRow> awaiting, List<TransferRow> outgoing,
                List<TransferRow> incoming) {
    }

    @Transactional(readOnly = true)
    public Open open(String facility) {
        List<EscortRow> escorts = jdbc.sql("""
                select id, person_id, purpose, destination, authorized_by, escort_staff, departed_at from escort
                where facility_code = :f and returned_at is null order by departed_at""").param("f", facility)
                .query((rs, n) -> new EscortRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        booking(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class))).list();
        return new Open(escorts, transfers("from_facility = :f and departed_at is null and cancelled_at is null", facility),
                transfers("from_facility = :f and departed_at is not null and arrived_at is null", facility),
                transfers("to_facility = :f and departed_at is not null and arrived_at is null", facility));
    }

    /** A transfer still awaiting departure (authorized, neither departed nor cancelled), as the pages show it. */
    @Transactional(readOnly = true)
    public java.util.Optional<TransferRow> pending(UUID id) {
        return jdbc.sql("select id, person_id, from_facility, to_facility, reason, authorized_by, family_notified,"
                        + " family_means, departed_at from transfer"
                        + " where id = :id and departed_at is null and cancelled_at is null")
                .param("id", id).query(this::row).optional();
    }

    /** The sending facility of a transfer, whatever its state. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> origin(UUID id) {
        return jdbc.sql("select from_facility from transfer where id = :id").param("id", id).query(String.class)
                .optional();
    }

    private List<TransferRow> transfers(String where, String facility) {
        return jdbc.sql("select id, person_id, from_facility, to_facility, reason, authorized_by, family_notified,"
                        + " family_means, departed_at from transfer where " + where + " order by recorded_at")
                .param("f", facility).query(this::row).list();
    }

    private TransferRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TransferRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                booking(rs.getObject(2, UUID.class)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class));
    }

    private String booking(UUID person) {
        return whereabouts.locate(person).map(PersonLocation::bookingNumber).orElse("—");
    }
}
