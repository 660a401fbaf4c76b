package org.custos.agreements.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.agreements.intake.IntakeReads;
import org.custos.agreements.intake.IntakeService;
import org.custos.agreements.intake.Manifest;
import org.custos.agreements.intake.ManifestCsv;
import org.custos.agreements.internal.AgreementReads;
import org.custos.agreements.internal.AgreementService;
import org.custos.facilities.FacilityDirectory;
import org.custos.identity.Access;
import org.custos.identity.Callers;
import org.custos.shared.web.FieldProblem;
import org.custos.shared.web.FormErrors;
import org.custos.shared.web.LocalFormats;
import org.custos.shared.web.ProblemException;
import org.custos.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The intake pages of an agreement: its history of manifests with the quota used and left (readers of the
 * agreement, a liaison only its own state's), the upload of a CSV manifest (the agreement administrator) and each
 * manifest's decisions row by row. A malformed file is refused whole, each problem named by its row and column.
 */
@Controller
class IntakePages {

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("^persons\\[(\\d+)]\\.?(.*)$");

    private final IntakeService intake;
    private final IntakeReads reads;
    private final AgreementReads agreements;
    private final FacilityDirectory facilities;
    private final FormErrors formErrors;
    private final LocalFormats formats;
    private final Problems problems;
    private final MessageSource messages;

    IntakePages(IntakeService intake, IntakeReads reads, AgreementReads agreements, FacilityDirectory facilities,
                FormErrors formErrors, LocalFormats formats, Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
        this.intake = intake;
        this.reads = reads;
        this.agreements = agreements;
        this.facilities = facilities;
        this.formErrors = formErrors;
        this.formats = formats;
    }

    @GetMapping("/agreements/{id}/intakes")
    @PreAuthorize(Access.READ_AGREEMENTS)
    String history(@PathVariable UUID id, Model model) {
        model.addAttribute("history", reads.history(id, Callers.current()));
        model.addAttribute("facilityNames", facilityNames());
        return "agreements/intakes";
    }

    @GetMapping("/agreements/{id}/intakes/new")
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    String upload(@PathVariable UUID id, Model model) {
        formErrors.none(model);
        return form(model, agreements.get(id, Callers.current()), new LinkedHashMap<>());
    }

    @PostMapping("/agreements/{id}/intakes")
    @PreAuthorize(Access.MANAGE_AGREEMENTS)
    String submit(@PathVariable UUID id, @RequestParam Map<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        AgreementService.Agreement a = agreements.get(id, Callers.current());
        Map<String, String> values = new LinkedHashMap<>(params);
        values.remove("_csrf");
        List<FieldProblem> problems = new ArrayList<>();
        OffsetDateTime arrivedAt = arrival(values.get("arrivedOn"), values.get("arrivedTime"), problems);
        ManifestCsv.Read read = file == null || file.isEmpty()
                ? new ManifestCsv.Read(List.of(), List.of(FieldProblem.of("file", "agreements.intake.FILE_REQUIRED")))
                : ManifestCsv.read(new String(file.getBytes(), StandardCharsets.UTF_8));
        problems.addAll(read.problems());
        Manifest m = new Manifest(a.code(), values.get("flight"), blank(values.get("facilityCode")), arrivedAt,
                values.get("arrivalPlace"), read.persons());
        try {
            IntakeService.Result r = intake.submit(m, "CSV", Callers.current(), problems);
            return "redirect:/agreements/" + id + "/intakes/" + r.manifestId() + "?checked";
        } catch (ProblemException e) {
            if (e.fields().isEmpty()) throw e;
            refused(model, e);
            return form(model, a, values);
        }
    }

    @GetMapping("/agreements/{id}/intakes/{manifest}")
    @PreAuthorize(Access.READ_AGREEMENTS)
    String manifest(@PathVariable UUID id, @PathVariable UUID manifest, Model model) {
        model.addAttribute("detail", reads.manifest(id, manifest, Callers.current()));
        model.addAttribute("facilityNames", facilityNames());
        return "agreements/manifest";
    }

    private String form(Model model, AgreementService.Agreement a, Map<String, String> values) {
        model.addAttribute("agreement", a);
        model.addAttribute("form", values);
        model.addAttribute("arrivalFacilities", a.current().terms().facilities().stream()
                .filter(Callers.current()::mayActIn).toList());
        model.addAttribute("facilityNames", facilityNames());
        model.addAttribute("requiredColumns", String.join(", ", ManifestCsv.REQUIRED));
        model.addAttribute("columns", ManifestCsv.COLUMNS);
        return "agreements/intake-form";
    }

    /**
     * The manifest's own fields beside their controls; a row's problem ({@code persons[3].judgment.date}) in the
     * summary, naming the file's row (the header is row 1) and column, linked to the file's control.
     */
    private void refused(Model model, ProblemException e) {
        List<FieldProblem> own = new ArrayList<>();
        List<FormErrors.SummaryLine> rows = new ArrayList<>();
        var locale = LocaleContextHolder.getLocale();
        for (FieldProblem f : e.fields()) {
            var row = ROW.matcher(f.field());
            if (row.matches()) {
                String where = messages.getMessage("agreements.intake.fileRow",
                        new Object[] {Integer.parseInt(row.group(1)) + 1, column(row.group(2))}, locale);
                rows.add(new FormErrors.SummaryLine("file", where + ": " + problems.message(f, locale)));
            } else {
                String field = switch (f.field()) {
                    case "arrivedAt" -> "arrivedOn";
                    case "persons" -> "file";
                    default -> f.field();
                };
                own.add(new FieldProblem(field, f.code(), f.args()));
            }
        }
        formErrors.add(model, new ProblemException(e.status(), e.code(), own), Map.of());
        @SuppressWarnings("unchecked")
        List<FormErrors.SummaryLine> lines = new ArrayList<>((List<FormErrors.SummaryLine>) model.getAttribute("errors"));
        lines.addAll(rows);
        model.addAttribute("errors", lines);
        model.addAttribute("rowErrors", rows.size());
    }

    private static String column(String path) {
        return switch (path) {
            case "judgment.date" -> "judgmentDate";
            case "judgment" -> "court";
            default -> path.replaceFirst("^judgment\\.", "").replaceAll("\\[\\d+]$", "");
        };
    }

    private OffsetDateTime arrival(String date, String time, List<FieldProblem> problems) {
        if (date == null || date.isBlank()) return null;
        try {
            String d = date.strip();
            LocalDate day = d.matches("\\d{1,2}/\\d{1,2}/\\d{4}")
                    ? LocalDate.of(Integer.parseInt(d.split("/")[2]), Integer.parseInt(d.split("/")[1]), Integer.parseInt(d.split("/")[0]))
                    : LocalDate.parse(d);
            LocalTime t = time == null || time.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.strip().length() == 4
                    ? "0" + time.strip() : time.strip());
            return day.atTime(t).atZone(formats.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            problems.add(FieldProblem.of("arrivedOn", "agreements.intake.DATE_INVALID"));
            return null;
        }
    }

    private Map<String, String> facilityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        facilities.list().forEach(f -> names.put(f.code(), f.name()));
        return names;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
