package org.custos.work.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.shared.web.Validation;
import org.custos.work.internal.WorkPersons;
import org.custos.work.internal.Requests;
import org.springframework.stereotype.Component;

/** A shift's roster as CSV: {@code booking,outcome,hours}; a booking number the work module does not know is refused. */
@Component
class RosterCsv {

    private final WorkPersons persons;

    RosterCsv(WorkPersons persons) {
        this.persons = persons;
    }

    List<Requests.Mark> marks(String body) {
        List<Requests.Mark> out = new ArrayList<>();
        Validation v = new Validation();
        List<String> lines = body == null ? List.of() : body.lines().filter(l -> !l.isBlank()).toList();
        int start = !lines.isEmpty() && lines.get(0).toLowerCase().startsWith("booking") ? 1 : 0;
        for (int i = start; i < lines.size(); i++) {
            String f = "records[" + (i - start) + "]";
            String[] cells = lines.get(i).split(",", -1);
            String booking = cells[0].trim();
            UUID person = persons.idOfBooking(booking);
            v.rejectIf(person == null, f + ".booking", "work.BOOKING_UNKNOWN");
            String outcome = cells.length > 1 && !cells[1].isBlank() ? cells[1].trim().toUpperCase() : null;
            BigDecimal hours = null;
            if (cells.length > 2 && !cells[2].isBlank()) {
                try {
                    hours = new BigDecimal(cells[2].trim());
                } catch (NumberFormatException e) {
                    v.reject(f + ".hours", "work.HOURS_NOT_A_NUMBER");
                }
            }
            out.add(new Requests.Mark(person, outcome, hours));
        }
        v.throwIfInvalid("work.validation");
        return out;
    }
}
