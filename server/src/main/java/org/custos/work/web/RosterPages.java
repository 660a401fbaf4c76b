package org.custos.work.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.ProblemException;
import org.custos.work.internal.AttendanceService;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkQueries;
import org.custos.work.internal.WorkSettings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A session's roster: everyone not yet recorded is present by default with the session's hours; the exceptions
 * are changed from the keyboard (a select answers to the first letter of its option); one plain form POST saves
 * the whole roster in one transaction, without JavaScript.
 */
@Controller
class RosterPages {

    private final ProgrammeService programmes;
    private final AttendanceService attendance;
    private final WorkQueries queries;
    private final WorkSettings settings;
    private final FormErrors formErrors;

    RosterPages(ProgrammeService programmes, AttendanceService attendance, WorkQueries queries, WorkSettings settings,
                FormErrors formErrors) {
        this.programmes = programmes;
        this.attendance = attendance;
        this.queries = queries;
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping("/work/programmes/{id}/roster")
    @PreAuthorize(Access.READ_WORK)
    String roster(@PathVariable UUID id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  Model model) {
        formErrors.none(model);
        return page(id, date == null ? settings.today() : date, Map.of(), model);
    }

    @PostMapping("/work/programmes/{id}/roster")
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    String save(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(name = "personId", required = false) List<UUID> personIds,
                @RequestParam(name = "outcome", required = false) List<String> outcomes,
                @RequestParam(name = "hours", required = false) List<String> hours, Model model) {
        List<Requests.Mark> marks = new ArrayList<>();
        Map<String, String[]> typed = new HashMap<>();
        int n = personIds == null ? 0 : personIds.size();
        for (int i = 0; i < n; i++) {
            String o = outcomes != null && i < outcomes.size() ? outcomes.get(i) : null;
            String h = hours != null && i < hours.size() ? hours.get(i).trim() : "";
            typed.put(personIds.get(i).toString(), new String[] {o, h});
            marks.add(new Requests.Mark(personIds.get(i), o, hours(h, o)));
        }
        try {
            List<UUID> ids = attendance.record(id, new Requests.Roster(date, marks), Callers.current());
            return "redirect:/work/programmes/" + id + "/roster?date=" + date + "&saved=" + ids.size();
        } catch (ProblemException e) {
            if (e.status().value() == 404 && e.fields().isEmpty()) throw e;
            formErrors.add(model, e, anchors(n));
            return page(id, date, typed, model);
        }
    }

    /** Hours as typed; a blank or unreadable value is left to the default (attended: the session length). */
    private static BigDecimal hours(String typed, String outcome) {
        if (typed.isEmpty()) return null;
        try {
            return new BigDecimal(typed.replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1); // refused as negative, with the field named
        }
    }

    private static Map<String, String> anchors(int n) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) {
            m.put("records[" + i + "].hours", "hours-" + i);
            m.put("records[" + i + "].outcome", "outcome-" + i);
            m.put("records[" + i + "].personId", "outcome-" + i);
        }
        return m;
    }

    private String page(UUID id, LocalDate date, Map<String, String[]> typed, Model model) {
        ProgrammeService.Programme g = programmes.get(id, Callers.current());
        List<WorkQueries.RosterLine> lines = queries.roster(id, date);
        model.addAttribute("programme", g);
        model.addAttribute("date", date);
        model.addAttribute("open", lines.stream().filter(l -> l.recordId() == null).toList());
        model.addAttribute("recorded", lines.stream().filter(l -> l.recordId() != null).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("outcomes", AttendanceService.OUTCOMES);
        model.addAttribute("sessionHours", g.sessionHours().stripTrailingZeros().toPlainString());
        return "work/roster";
    }
}
