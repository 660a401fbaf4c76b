package org.custos.work.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases of the derivation from attendance to days of labor efectiva: one JSON file per case under
 * {@code src/test/resources/work/golden/}, named after the rule it pins, with the programme's hours rule, the
 * attendance records and the expected days (each naming its records) and skipped days with their reason.
 */
class CreditDerivationGoldenTest {

    record Case(String description, CreditDerivation.Rule rule, List<CreditDerivation.Record> records,
                CreditDerivation.Result expected) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIR = Path.of("src/test/resources/work/golden");

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Case c = read(f);
            CreditDerivation.Result actual = CreditDerivation.derive(c.rule(), c.records());
            assertThat(actual.days()).as(c.description()).usingRecursiveFieldByFieldElementComparator(
                    org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                            .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class).build())
                    .isEqualTo(c.expected().days());
            assertThat(actual.skipped()).as(c.description()).isEqualTo(c.expected().skipped());
        }));
    }

    private static Case read(Path f) {
        try {
            return JSON.readValue(Files.readString(f), Case.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
