package org.custos.registry.web;

import org.custos.registry.internal.CsvAdmissions;
import org.custos.registry.internal.IdempotentRequests;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.identity.CurrentUser;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.Admissions;
import org.custos.registry.Admitted;
import org.custos.registry.OrderDocuments;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admissions over REST: one ({@code POST /api/v1/admissions}, 201), many as a JSON array
 * ({@code /bulk}) or CSV ({@code /import}, columns in {@link CsvAdmissions}), both 200 with one outcome
 * per element, and the upload of a commitment order's document. Creating requests accept an
 * {@code Idempotency-Key} header.
 */
@RestController
class AdmissionApi {

    static final int CSV_MAX_BYTES = 10 * 1024 * 1024;

    /** One outcome of a bulk admission: the admission, or the problems with messages. */
    record Outcome(int index, Admitted admitted, List<Problem> problems) {
    }

    record Problem(String field, String code, String message) {
    }

    private final Admissions admissions;
    private final OrderDocuments documents;
    private final IdempotentRequests idempotent;
    private final Problems problems;

    AdmissionApi(Admissions admissions, OrderDocuments documents, IdempotentRequests idempotent, Problems problems) {
        this.admissions = admissions;
        this.documents = documents;
        this.idempotent = idempotent;
        this.problems = problems;
    }

    @PostMapping(path = "/api/v1/admissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ADMIT)
    ResponseEntity<Object> admit(@RequestBody AdmissionRequest request,
                                 @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        CurrentUser caller = Callers.current();
        return idempotent.run(key, caller.username(), request, HttpStatus.CREATED,
                () -> admissions.admit(request, caller));
    }

    @PostMapping(path = "/api/v1/admissions/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ADMIT)
    ResponseEntity<Object> admitAll(@RequestBody List<AdmissionRequest> requests,
                                    @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
                                    Locale locale) {
        CurrentUser caller = Callers.current();
        return idempotent.run(key, caller.username(), requests, HttpStatus.OK,
                () -> render(admissions.admitAll(requests, caller), locale));
    }

    @PostMapping(path = "/api/v1/admissions/import", consumes = "text/csv")
    @PreAuthorize(Access.ADMIT)
    List<Outcome> importCsv(HttpServletRequest http, Locale locale) throws IOException {
        byte[] bytes = http.getInputStream().readNBytes(CSV_MAX_BYTES + 1);
        if (bytes.length > CSV_MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "request.too-large",
                    List.of(FieldProblem.of("body", "too-large", CSV_MAX_BYTES)));
        }
        List<CsvAdmissions.Row> rows = CsvAdmissions.parse(new String(bytes, StandardCharsets.UTF_8));
        List<AdmissionRequest> parsed = rows.stream().filter(r -> r.request() != null)
                .map(CsvAdmissions.Row::request).toList();
        var admitted = admissions.admitAll(parsed, Callers.current()).iterator();
        List<Admissions.BulkOutcome> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvAdmissions.Row row = rows.get(i);
            Admissions.BulkOutcome o = row.request() == null ? null : admitted.next();
            all.add(o == null ? new Admissions.BulkOutcome(i, null, row.problems())
                    : new Admissions.BulkOutcome(i, o.admitted(), o.problems()));
        }
        return render(all, locale);
    }

    @PostMapping(path = "/api/v1/commitment-orders/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIT)
    OrderDocuments.StoredDocument upload(@RequestParam("file") MultipartFile file) throws IOException {
        return documents.store(file.getBytes(), file.getContentType(), Callers.current().username());
    }

    @PostMapping(path = "/api/v1/commitment-orders/documents",
            consumes = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIT)
    OrderDocuments.StoredDocument uploadRaw(HttpServletRequest http) throws IOException {
        byte[] bytes = http.getInputStream().readNBytes((int) OrderDocuments.MAX_BYTES + 1);
        if (bytes.length > OrderDocuments.MAX_BYTES) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "request.too-large",
                    List.of(FieldProblem.of("file", "too-large", OrderDocuments.MAX_BYTES)));
        }
        return documents.store(bytes, http.getContentType(), Callers.current().username());
    }

    private List<Outcome> render(List<Admissions.BulkOutcome> outcomes, Locale locale) {
        return outcomes.stream().map(o -> new Outcome(o.index(), o.admitted(), o.problems().stream()
                .map(p -> new Problem(p.field(), p.code(), problems.message(p, locale))).toList())).toList();
    }
}
