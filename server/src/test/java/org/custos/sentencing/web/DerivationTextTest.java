package org.custos.sentencing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.releasedates.json.CaseFile;
import org.custos.releasedates.json.CaseFiles;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.sentencing.internal.PersonRecords.CreditRow;
import org.custos.sentencing.internal.PersonRecords.SentenceRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every derivation line of every golden case of the engine, rendered in Spanish and in English: no ISO date, no
 * rule or offence code, no internal id, no missing message; and the redención explained as the law is applied.
 */
class DerivationTextTest {

    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private static final ReleaseDateEngine ENGINE = ReleaseDateEngine.withDefaultRules();
    private final DerivationText text = new DerivationText(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/sentencing");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void everyLineOfEveryGoldenCaseReadsInBothLanguagesWithoutCodesIsoDatesOrIds() throws Exception {
        int lines = 0;
        for (DerivationLine l : goldenLines()) {
            for (Locale locale : List.of(Locale.forLanguageTag("es"), Locale.ENGLISH)) {
                LocaleContextHolder.setLocale(locale);
                String words = text.rule(l.rule()) + " | " + text.explain(l, List.of());
                String what = locale + " " + l + " → " + words;
                assertThat(ISO_DATE.matcher(words).find()).as(what).isFalse();
                assertThat(CODE.matcher(words).find()).as(what).isFalse();
                assertThat(UUID_TEXT.matcher(words).find()).as(what).isFalse();
                assertThat(words).as(what).doesNotContain("{", "}", "null");
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(300);
    }

    @Test
    void redencionIsExplainedAsTheLawIsAppliedAndPendingCreditsInSpanish() throws Exception {
        CaseResult r = compute("sv-pending-approval-not-counted");
        DateResult release = r.terms().getFirst().date("PROJECTED_RELEASE");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(text.rule(release.lines().get(0).rule())).isEqualTo("Redención por trabajo");
        assertThat(text.explain(release.lines().get(0), List.of())).contains("10 registros aprobados: 80 h",
                "cada día de labor efectiva cuenta como dos días de pena, el día cumplido y un día redimido",
                "Se restan 10 días redimidos");
        assertThat(text.explain(release.lines().get(1), List.of()))
                .isEqualTo("Trabajo del 01/04/2020: espera la aprobación del juez de vigilancia; no se cuenta todavía.");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.explain(release.lines().get(1), List.of()))
                .isEqualTo("Work on 1 Apr 2020: awaiting the supervising judge’s approval; not counted yet.");
    }

    @Test
    void aSentenceIsNamedByItsPositionAndOffenceNeverByItsId() throws Exception {
        CaseResult r = compute("sv-consecutive-sentences-aggregate");
        List<DerivationLine> full = r.terms().getFirst().date("FULL_TERM").lines();
        UUID first = UUID.randomUUID(), second = UUID.randomUUID();
        List<SentenceRow> rows = List.of(row(first, "HURTO"), row(second, "POSESION_DROGAS"));
        List<DerivationLine> named = full.stream().map(l -> rename(l, "S1", first, "S2", second)).toList();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(text.explain(named.get(0), rows))
                .isEqualTo("La pena 1 (HURTO): 3 años, 0 meses y 0 días desde el 01/01/2020, menos un día (el día de inicio cuenta) = 31/12/2022");
        assertThat(text.explain(named.get(1), rows)).startsWith("La pena 2 (POSESION DROGAS), sucesiva")
                .contains("(31/12/2022)", "= 31/12/2024").doesNotContain(second.toString());
    }

    @Test
    void creditsAreGroupedByMonthWithTotalsTheLatestAndPendingMonthsOpen() {
        List<CreditRow> credits = new ArrayList<>();
        credits.add(credit("2024-01-10", 1, "APPROVED"));
        credits.add(credit("2024-03-05", 1, "APPROVED"));
        credits.add(credit("2024-01-09", 1, "PENDING"));
        credits.add(credit("2024-02-01", 2, "REVOKED"));
        credits.add(credit("2024-03-04", 1, "APPROVED"));
        List<CreditMonth> months = CreditMonth.of(credits);
        assertThat(months).extracting(CreditMonth::month)
                .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(months).extracting(CreditMonth::days).containsExactly(2L, 2L, 2L);
        assertThat(months).extracting(CreditMonth::approved).containsExactly(1, 0, 2);
        assertThat(months).extracting(CreditMonth::open).containsExactly(true, false, true);
        assertThat(months.getFirst().credits()).extracting(CreditRow::date)
                .containsExactly(LocalDate.parse("2024-01-09"), LocalDate.parse("2024-01-10"));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(text.month(YearMonth.of(2024, 3))).isEqualTo("marzo de 2024");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(text.month(YearMonth.of(2024, 3))).isEqualTo("March 2024");
    }

    private static CreditRow credit(String date, int days, String status) {
        return new CreditRow(UUID.randomUUID(), null, "WORK", LocalDate.parse(date), days, null, status, "JVP-1", null, null,
                "clerk", OffsetDateTime.parse(date + "T10:00:00Z"));
    }

    private static SentenceRow row(UUID id, String offence) {
        return new SentenceRow(id, "SV", offence, "LESSER", null, 3, 0, 0, LocalDate.parse("2020-01-01"),
                LocalDate.parse("2019-06-01"), null, null, null, "admin", OffsetDateTime.now());
    }

    private static DerivationLine rename(DerivationLine l, String a, UUID ua, String b, UUID ub) {
        var args = l.args().stream().map(x -> !"SENTENCE".equals(x.kind()) ? x
                : org.custos.releasedates.result.StepArg.sentence(x.name(), x.value().equals(a) ? ua.toString()
                : x.value().equals(b) ? ub.toString() : x.value())).toList();
        return new DerivationLine(l.rule(), l.legalBasis(), l.days(), l.version(), l.note(), l.step(), args);
    }

    private static CaseResult compute(String name) {
        CaseFile c = CaseFiles.read(golden().resolve(name + ".json"));
        return ENGINE.compute(c.input());
    }

    private static Path golden() {
        return Path.of("..", "sentencing", "src", "test", "resources", "golden");
    }

    private static List<DerivationLine> goldenLines() throws Exception {
        List<DerivationLine> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(golden())) {
            for (Path f : files.sorted().toList()) {
                CaseFile c = CaseFiles.read(f);
                if (c.expected().has("errors")) continue;
                CaseResult r = ENGINE.compute(c.input());
                r.terms().forEach(t -> t.dates().forEach(d -> out.addAll(d.lines())));
                r.pretrial().forEach(p -> p.dates().forEach(d -> out.addAll(d.lines())));
            }
        }
        return out;
    }
}
