package org.custos.work.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.work.internal.PayService;
import org.custos.work.internal.ProductionService;
import org.custos.work.internal.ProgrammeService;
import org.custos.work.internal.Requests;
import org.custos.work.internal.WorkPersons;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pay rates and their history, bonuses, a month's earnings credited, and a person's account. */
@RestController
class PayApi {

    private final PayService pay;
    private final ProgrammeService programmes;
    private final ProductionService production;
    private final WorkPersons persons;

    PayApi(PayService pay, ProgrammeService programmes, ProductionService production, WorkPersons persons) {
        this.pay = pay;
        this.programmes = programmes;
        this.production = production;
        this.persons = persons;
    }

    @PostMapping("/api/v1/work/programmes/{id}/pay-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> rate(@PathVariable UUID id, @RequestBody Requests.PayRate r) {
        return Map.of("id", pay.setRate(id, r, Callers.current()));
    }

    @GetMapping("/api/v1/work/programmes/{id}/pay-rates")
    @PreAuthorize(Access.READ_WORK)
    List<PayService.RateLine> rates(@PathVariable UUID id) {
        return pay.rateHistory(id, Callers.current());
    }

    @PostMapping("/api/v1/work/programmes/{id}/pay-bonuses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGE_WORK)
    Map<String, Object> bonus(@PathVariable UUID id, @RequestBody Requests.PayBonus b) {
        return Map.of("id", pay.award(id, b, Callers.current()));
    }

    /** Credits the finished month's earnings of everyone with attendance in it not yet credited. */
    @PostMapping("/api/v1/work/programmes/{id}/pay")
    @PreAuthorize(Access.RECORD_ATTENDANCE)
    Map<String, Object> credit(@PathVariable UUID id, @RequestParam(required = false) String month) {
        return Map.of("credited", pay.credit(id, month, Callers.current()));
    }

    @GetMapping("/api/v1/work/programmes/{id}/pay")
    @PreAuthorize(Access.READ_WORK)
    Map<String, Object> statements(@PathVariable UUID id, @RequestParam(required = false) String month) {
        ProgrammeService.Programme g = programmes.get(id, Callers.current());
        var m = production.month(month);
        List<PayService.Statement> s = pay.statements(id, m, Callers.current());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("month", m.toString());
        out.put("paid", g.paid());
        out.put("deductions", pay.deductions());
        out.put("statements", s);
        out.put("entries", pay.entries(s));
        return out;
    }

    @GetMapping("/api/v1/work/persons/{personId}/account")
    @PreAuthorize(Access.READ_WORK)
    List<PayService.Entry> account(@PathVariable UUID personId) {
        persons.requireVisible(personId, Callers.current());
        return pay.account(personId);
    }
}
