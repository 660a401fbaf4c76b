package org.custos.agreements.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases of agreement eligibility, one JSON file per case under
 * {@code src/test/resources/agreements/eligibility/}, named after the precedent and the rule it pins (Tilburg,
 * Norgerhaven, Gjilan, Sweden–Estonia, the US–El Salvador notes): the agreement's rules, the candidate, and the
 * expected decision with every refusal and the return and held-until dates, worked out by hand from the terms.
 */
class EligibilityGoldenTest {

    record Case(String description, AgreementTerms.Rules rules, LocalDate agreementEnd, Eligibility.Candidate candidate,
                Eligibility.Decision expected) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIR = Path.of("src/test/resources/agreements/eligibility");

    @TestFactory
    Stream<DynamicTest> everyGoldenCase() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Case c = read(f);
            Eligibility.Decision actual = Eligibility.decide(c.rules(), c.agreementEnd(), c.candidate());
            assertThat(actual).as(c.description()).isEqualTo(c.expected());
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
