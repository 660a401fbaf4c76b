package org.custos.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.custos.registry.AdmissionRequest;
import org.custos.registry.CommitmentOrder;
import org.custos.registry.DocumentType;
import org.custos.registry.IdentityDocument;
import org.custos.registry.LegalStatusKind;
import org.custos.registry.PersonDetails;
import org.custos.registry.Sex;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.Validation;

/**
 * Admissions from CSV (UTF-8, RFC 4180, a header row naming the columns in any order). Columns:
 * {@code given_names, first_surname, second_surname, aliases} (separated by {@code |}), {@code sex}
 * (MALE/FEMALE), {@code date_of_birth} (yyyy-MM-dd), {@code nationality}, {@code document_type}
 * (DUI/PASSPORT/US_A_NUMBER/OTHER), {@code document_number, document_country, document_description},
 * {@code facility_code, admitted_at, arrested_at} (ISO-8601 with offset, e.g. 2026-01-05T10:00:00Z),
 * {@code arrest_place, visible_injuries, ill_treatment_complaints, legal_status, decree_number,
 * held_for_state, order_issuing_authority, order_court, order_case_number, order_legal_basis,
 * order_issued_on} (yyyy-MM-dd), {@code order_document_sha256, emergency_name, emergency_relationship,
 * emergency_phone, property} ({@code description:quantity} items separated by {@code |}). Family
 * members are not importable by CSV (use the JSON bulk endpoint). Row {@code i} (0-based, after the
 * header) is outcome {@code i}; its problems name the JSON path of the equivalent JSON admission.
 */
public final class CsvAdmissions {

    /** A parsed row: the request, or the problems that kept it from being parsed. */
    public record Row(AdmissionRequest request, List<FieldProblem> problems) {
    }

    private CsvAdmissions() {
    }

    public static List<Row> parse(String text) {
        List<List<String>> records = org.custos.shared.web.CsvText.parse(text);
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < records.getFirst().size(); i++) {
            header.put(records.getFirst().get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            rows.add(row(name -> {
                Integer i = header.get(name);
                return i == null || i >= r.size() || r.get(i).isBlank() ? null : r.get(i).trim();
            }));
        }
        return rows;
    }

    private static Row row(Function<String, String> col) {
        Validation v = new Validation();
        List<String> aliases = split(col.apply("aliases"));
        List<IdentityDocument> docs = col.apply("document_type") == null && col.apply("document_number") == null
                ? List.of() : List.of(new IdentityDocument(parse(v, "person.documents[0].type", col.apply("document_type"),
                DocumentType::valueOf), col.apply("document_number"), col.apply("document_country"),
                col.apply("document_description")));
        PersonDetails person = new PersonDetails(col.apply("given_names"), col.apply("first_surname"),
                col.apply("second_surname"), aliases, parse(v, "person.sex", col.apply("sex"), Sex::valueOf),
                parse(v, "person.dateOfBirth", col.apply("date_of_birth"), LocalDate::parse),
                col.apply("nationality"), docs);
        CommitmentOrder order = new CommitmentOrder(col.apply("order_issuing_authority"), col.apply("order_court"),
                col.apply("order_case_number"), col.apply("order_legal_basis"),
                parse(v, "commitmentOrder.issuedOn", col.apply("order_issued_on"), LocalDate::parse),
                col.apply("order_document_sha256"));
        var status = new AdmissionRequest.InitialLegalStatus(parse(v, "legalStatus.kind", col.apply("legal_status"),
                LegalStatusKind::valueOf), col.apply("decree_number"), col.apply("held_for_state"));
        List<AdmissionRequest.PropertyItem> property = new ArrayList<>();
        List<String> items = split(col.apply("property"));
        for (int i = 0; i < items.size(); i++) {
            String[] parts = items.get(i).split(":", 2);
            Integer qty = parts.length == 2 ? parse(v, "property[" + i + "].quantity", parts[1].trim(), Integer::valueOf) : 1;
            property.add(new AdmissionRequest.PropertyItem(parts[0].trim(), qty == null ? 0 : qty));
        }
        var contact = new AdmissionRequest.EmergencyContact(col.apply("emergency_name"),
                col.apply("emergency_relationship"), col.apply("emergency_phone"));
        AdmissionRequest request = new AdmissionRequest(null, person, col.apply("facility_code"),
                parse(v, "admittedAt", col.apply("admitted_at"), OffsetDateTime::parse), order, status,
                parse(v, "arrestedAt", col.apply("arrested_at"), OffsetDateTime::parse), col.apply("arrest_place"),
                col.apply("visible_injuries"), col.apply("ill_treatment_complaints"), property, List.of(), contact);
        return new Row(v.ok() ? request : null, v.problems());
    }

    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static <T> T parse(Validation v, String path, String cell, Function<String, T> parser) {
        if (cell == null) {
            return null;
        }
        try {
            return parser.apply(cell);
        } catch (RuntimeException e) {
            v.reject(path, "invalid-format");
            return null;
        }
    }
}
