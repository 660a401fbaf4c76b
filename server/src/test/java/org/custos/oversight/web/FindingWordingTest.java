package org.custos.oversight.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.custos.oversight.internal.compliance.ComplianceEngine;
import org.custos.oversight.internal.compliance.Facts;
import org.custos.oversight.internal.compliance.Finding;
import org.custos.oversight.internal.compliance.Phrase;
import org.custos.oversight.internal.compliance.Policy;
import org.custos.oversight.internal.compliance.Rule;
import org.custos.oversight.internal.compliance.Sanctions;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finding's measure and threshold are written in the reader's language: every phrase the engine can name and
 * every prohibited sanction's name is in the Spanish and the English oversight bundle, and every finding of the
 * golden cases (all rules) is written in both without a placeholder left, numbers and dates as each language
 * writes them.
 */
class FindingWordingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale ES = Locale.forLanguageTag("es");

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = FindingWordingTest.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static FindingText words() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/oversight");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return new FindingText(m);
    }

    @Test
    void everyPhraseAndEverySanctionIsInBothBundles() {
        List<String> keys = new ArrayList<>();
        for (Phrase p : Phrase.values()) keys.add(p.key());
        for (String s : Sanctions.PROHIBITED) keys.add(Phrase.SANCTION + s);
        for (String file : List.of("oversight.properties", "oversight_en.properties")) {
            Properties p = bundle(file);
            assertThat(keys).as(file).allSatisfy(k -> assertThat(p.getProperty(k)).as(file + ": " + k).isNotBlank());
        }
    }

    @Test
    void everyFindingOfTheGoldenCasesIsWrittenInSpanishAndInEnglish() throws IOException {
        FindingText words = words();
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        List<Finding> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/oversight/golden"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode golden = JSON.readTree(Files.readString(file));
                Clock clock = Clock.fixed(Instant.parse(golden.get("now").asString()), ZoneOffset.UTC);
                all.addAll(new ComplianceEngine(clock, ZoneId.of("America/El_Salvador"))
                        .evaluate(Policy.standard(), JSON.treeToValue(golden.get("facts"), Facts.class)).findings());
            }
        }
        for (Finding f : all) {
            seen.add(f.rule());
            for (Finding.Text t : List.of(f.measure(), f.threshold())) {
                assertThat(t.key()).startsWith("oversight.finding.");
                String es = words.of(t, ES);
                String en = words.of(t, Locale.ENGLISH);
                assertThat(List.of(es, en)).as(t.toString()).allSatisfy(s -> assertThat(s).isNotBlank()
                        .doesNotContain("{", "}", "PT", "_"));
                if (!es.matches("[\\d.,]+ %")) {
                    assertThat(es).as(t.toString()).isNotEqualTo(en);
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Rule.values());
    }

    @Test
    void numbersDatesAndTimesAreWrittenAsEachLanguageWritesThem() {
        FindingText words = words();
        assertThat(words.of(Phrase.NOT_EXAMINED.with(java.time.Duration.ofHours(340)), ES))
                .isEqualTo("sin examen médico 340 h después del ingreso");
        assertThat(words.of(Phrase.NOT_EXAMINED.with(java.time.Duration.ofHours(340)), Locale.ENGLISH))
                .isEqualTo("not examined 340 h after admission");
        assertThat(words.of(Phrase.EVERY_DAYS.with(365L), ES)).isEqualTo("cada 365 días");
        assertThat(words.of(Phrase.EVERY_DAYS.with(365L), Locale.ENGLISH)).isEqualTo("every 365 days");
        assertThat(words.of(Phrase.LAST_INSPECTION.with(java.time.LocalDate.of(2025, 5, 11)), ES))
                .isEqualTo("última inspección el 11/05/2025");
        assertThat(words.of(Phrase.LAST_INSPECTION.with(java.time.LocalDate.of(2025, 5, 11)), Locale.ENGLISH))
                .isEqualTo("last inspection on 11 May 2025");
        assertThat(words.of(Phrase.SQUARE_METRES.with(new java.math.BigDecimal("0.83")), ES))
                .isEqualTo("0,83 m² por persona");
        assertThat(words.of(Phrase.TEMPERATURE.with(new java.math.BigDecimal("33.5"), 1), ES))
                .isEqualTo("media diaria de hasta 33,5 °C, 1 día");
        assertThat(words.of(Phrase.TEMPERATURE.with(new java.math.BigDecimal("36.0"), 2), Locale.ENGLISH))
                .isEqualTo("daily mean up to 36.0 °C, on 2 days");
        assertThat(words.of(Phrase.RESTRAINED_NOT_ENDED.with(java.time.Duration.ofMinutes(390)), ES))
                .isEqualTo("6 h 30 min, sin terminar");
        assertThat(words.of(Phrase.SANCTION_PROHIBITED.with(new Finding.Text(Phrase.SANCTION + "REDUCTION_OF_FOOD",
                List.of())), ES)).isEqualTo("sanción prohibida: reducción de alimentos");
    }
}
