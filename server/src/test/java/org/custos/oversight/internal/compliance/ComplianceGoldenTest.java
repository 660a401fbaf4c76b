package org.custos.oversight.internal.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known-answer cases, one JSON file per rule group under {@code oversight/golden/}: the facts, the time of the
 * evaluation (in El Salvador's zone) and every expected finding in order, each with the fields it pins.
 */
class ComplianceGoldenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIR = Path.of("src/test/resources/oversight/golden");

    static Stream<Path> cases() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsAreTheKnownAnswer(Path file) {
        JsonNode golden = read(file);
        Clock clock = Clock.fixed(Instant.parse(golden.get("now").asString()), ZoneOffset.UTC);
        Facts facts = JSON.treeToValue(golden.get("facts"), Facts.class);
        ComplianceEngine.Evaluation e = new ComplianceEngine(clock, ZoneId.of("America/El_Salvador"))
                .evaluate(Policy.standard(), facts);
        List<Map<String, Object>> expected = new ArrayList<>();
        List<Map<String, Object>> actual = new ArrayList<>();
        JsonNode wanted = golden.get("expected");
        assertThat(e.findings()).as(file + ": " + e.findings()).hasSize(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            JsonNode w = wanted.get(i);
            JsonNode got = JSON.valueToTree(e.findings().get(i));
            Map<String, Object> exp = new LinkedHashMap<>();
            Map<String, Object> act = new LinkedHashMap<>();
            for (String field : w.propertyNames()) {
                exp.put(field, w.get(field).toString());
                act.put(field, got.get(field) == null ? null : got.get(field).toString());
            }
            expected.add(exp);
            actual.add(act);
        }
        assertThat(actual).as(file.toString()).isEqualTo(expected);
        assertThat(e.rulesEvaluated()).containsExactlyInAnyOrder(Rule.values());
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
