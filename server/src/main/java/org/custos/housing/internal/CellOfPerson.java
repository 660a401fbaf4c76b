package org.custos.housing.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.custos.registry.PersonCell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's {@link PersonCell} port: the open placement of a person, one indexed query. */
@Component
class CellOfPerson implements PersonCell {

    private final JdbcClient jdbc;

    CellOfPerson(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Cell> of(UUID personId) {
        return jdbc.sql("""
                select c.id, c.code, u.name, p.started_at, hp.out_since, hp.out_reason
                from housing_person hp join cell c on c.id = hp.cell_id join housing_unit u on u.id = c.unit_id
                left join placement p on p.person_id = hp.person_id and p.cell_id = c.id and p.ended_at is null
                where hp.person_id = :p and hp.held""").param("p", personId)
                .query((rs, n) -> new Cell(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6))).optional();
    }
}
