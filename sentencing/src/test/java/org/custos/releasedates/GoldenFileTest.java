package org.custos.releasedates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.custos.releasedates.json.CaseFile;
import org.custos.releasedates.json.CaseFiles;
import org.custos.releasedates.result.Alert;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.PretrialResult;
import org.custos.releasedates.result.StepArg;
import org.custos.releasedates.result.TermResult;
import org.custos.releasedates.validation.FieldError;
import org.custos.releasedates.validation.ValidationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs every case under {@code golden/}. Expected values were computed by hand (see each file's
 * "why"); they are never regenerated from the engine.
 */
class GoldenFileTest {
    static final ReleaseDateEngine ENGINE = ReleaseDateEngine.withDefaultRules();

    static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenFileTest.class.getResource("/golden").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void atLeastSixtyCasesEachWithItsArithmetic() throws Exception {
        List<Path> files = files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        for (Path f : files) {
            CaseFile c = CaseFiles.read(f);
            assertThat(c.why()).as(f.getFileName() + " why").isNotBlank();
            assertThat(c.name() + ".json").as("file named after its case").isEqualTo(f.getFileName().toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(CaseFiles.read(f))));
    }

    /** Every date of every case, and every line of it, names its rule, legal basis and rule version. */
    @TestFactory
    Stream<DynamicTest> everyLineNamesItsRuleLegalBasisAndVersion() throws Exception {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CaseFile c = CaseFiles.read(f);
            if (c.expected().has("errors")) return;
            CaseResult r = ENGINE.compute(c.input());
            List<DateResult> dates = new ArrayList<>();
            r.terms().forEach(t -> dates.addAll(t.dates()));
            r.pretrial().forEach(p -> dates.addAll(p.dates()));
            for (DateResult d : dates) {
                if (d.date() == null) continue;
                assertThat(d.lines()).as(f.getFileName() + " " + d.name() + " has lines").isNotEmpty();
                for (DerivationLine l : d.lines()) {
                    String what = f.getFileName() + " " + d.name() + " " + l;
                    assertThat(l.rule()).as(what).isNotBlank();
                    assertThat(l.legalBasis()).as(what).isNotBlank();
                    assertThat(l.version()).as(what).isNotBlank();
                    assertThat(l.step()).as(what + " step").isNotBlank();
                    assertThat(l.note()).as(what + " note").isNotBlank();
                }
            }
        }));
    }

    static void check(CaseFile c) {
        JsonNode exp = c.expected();
        if (exp.has("errors")) {
            List<String> want = new ArrayList<>();
            for (JsonNode e : exp.get("errors").values()) want.add(e.get("field").stringValue() + " " + e.get("code").stringValue());
            assertThatThrownBy(() -> ENGINE.compute(c.input())).isInstanceOfSatisfying(ValidationException.class,
                    v -> assertThat(v.errors().stream().map(GoldenFileTest::key).toList()).isEqualTo(want));
            return;
        }
        CaseResult r = ENGINE.compute(c.input());
        assertThat(r.engineVersion()).isEqualTo(ReleaseDateEngine.VERSION);
        if (exp.has("release")) assertThat(String.valueOf(r.release())).as("release").isEqualTo(exp.get("release").stringValue());
        if (exp.has("terms")) {
            assertThat(r.terms()).as("terms").hasSize(exp.get("terms").size());
            for (int i = 0; i < r.terms().size(); i++) term(r.terms().get(i), exp.get("terms").get(i));
        }
        if (exp.has("pretrial")) {
            assertThat(r.pretrial()).as("pretrial").hasSize(exp.get("pretrial").size());
            for (int i = 0; i < r.pretrial().size(); i++) {
                PretrialResult p = r.pretrial().get(i);
                dates(p.dates(), p.alerts(), exp.get("pretrial").get(i), "pretrial " + p.id());
            }
        }
    }

    private static String key(FieldError e) {
        return e.field() + " " + e.code();
    }

    private static void term(TermResult t, JsonNode exp) {
        if (exp.has("sentenceIds")) {
            List<String> ids = new ArrayList<>();
            for (JsonNode id : exp.get("sentenceIds").values()) ids.add(id.stringValue());
            assertThat(t.sentenceIds()).isEqualTo(ids);
        }
        dates(t.dates(), t.alerts(), exp, "term " + t.sentenceIds());
    }

    private static void dates(List<DateResult> dates, List<Alert> alerts, JsonNode exp, String where) {
        for (Map.Entry<String, JsonNode> e : exp.path("dates").properties()) {
            DateResult d = dates.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
            JsonNode want = e.getValue();
            if (want.isNull()) {
                assertThat(d).as(where + " " + e.getKey() + " absent").isNull();
                continue;
            }
            if (d == null) fail(where + ": no date " + e.getKey() + " in " + dates);
            String what = where + " " + e.getKey() + " " + d;
            assertThat(String.valueOf(d.date())).as(what).isEqualTo(want.path("date").isNull() ? "null" : want.path("date").stringValue());
            if (want.has("status")) assertThat(d.status()).as(what).isEqualTo(want.get("status").stringValue());
            if (want.has("lines")) {
                JsonNode lines = want.get("lines");
                assertThat(d.lines()).as(what + " lines").hasSize(lines.size());
                for (int i = 0; i < lines.size(); i++) line(d.lines().get(i), lines.get(i), what + " line " + i);
            }
        }
        if (exp.has("alerts")) {
            List<String> want = new ArrayList<>();
            for (JsonNode a : exp.get("alerts").values()) want.add(a.stringValue());
            assertThat(alerts.stream().map(Alert::code).toList()).as(where + " alerts").isEqualTo(want);
        }
    }

    private static void line(DerivationLine l, JsonNode want, String what) {
        assertThat(l.rule()).as(what + " rule " + l).isEqualTo(want.get("rule").stringValue());
        if (want.has("days")) assertThat(l.days()).as(what + " days " + l).isEqualTo(want.get("days").longValue());
        if (want.has("version")) assertThat(l.version()).as(what + " version " + l).isEqualTo(want.get("version").stringValue());
        if (want.has("step")) assertThat(l.step()).as(what + " step " + l).isEqualTo(want.get("step").stringValue());
        for (Map.Entry<String, JsonNode> a : want.path("args").properties()) {
            StepArg arg = l.args().stream().filter(x -> x.name().equals(a.getKey())).findFirst().orElse(null);
            assertThat(arg).as(what + " argument " + a.getKey() + " " + l).isNotNull();
            Object value = arg.date() != null ? arg.date() : arg.count() != null ? arg.count() : arg.period() != null
                    ? arg.period().years() + "y" + arg.period().months() + "m" + arg.period().weeks() + "w" + arg.period().days() + "d"
                    : arg.value();
            assertThat(String.valueOf(value)).as(what + " argument " + a.getKey() + " " + l).isEqualTo(a.getValue().asString());
        }
    }
}
