package org.custos.cli.releasedate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReleaseDateCommandTest {
    @TempDir
    Path dir;

    private int run(String json, StringWriter out, StringWriter err) throws Exception {
        Path f = dir.resolve("case.json");
        Files.writeString(f, json);
        CommandLine cl = new CommandLine(new ReleaseDateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(f.toString());
    }

    private static String sentence(String term) {
        return """
            {"input": {"sentences": [{"id": "S1", "jurisdiction": "SV",
              "offence": {"code": "HURTO", "classification": "LESSER"}, "term": %s,
              "startDate": "2020-01-01", "offenceDate": "2019-06-01"}],
             "credits": [{"id": "W1", "kind": "WORK", "date": "2020-03-02", "days": 1,
              "approval": {"status": "APPROVED", "document": "constancia 1"}}]}}""".formatted(term);
    }

    @Test
    void printsDatesAndDerivation() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run(sentence("{\"years\": 5}"), out, err)).isZero();
        assertThat(out.toString()).contains("full term: 2024-12-31").contains("projected release: 2024-12-30")
                .contains("-1 day(s) REDENCION_WORK [SV-LP105A-DL380]");
    }

    @Test
    void invalidInputExitsWithTwoAndNamesTheField() throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run(sentence("{\"years\": 0}"), out, err)).isEqualTo(2);
        assertThat(err.toString()).contains("sentences[0].term: TERM_NOT_POSITIVE");
    }
}
