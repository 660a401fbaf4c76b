package org.custos.bench.sentencing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.releasedates.model.Approval;
import org.custos.releasedates.model.ApprovalStatus;
import org.custos.releasedates.model.CaseInput;
import org.custos.releasedates.model.CreditKind;
import org.custos.releasedates.model.CreditRecord;
import org.custos.releasedates.model.CustodyInterval;
import org.custos.releasedates.model.Offence;
import org.custos.releasedates.model.Sentence;
import org.custos.releasedates.model.Term;
import org.custos.releasedates.result.CaseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of one release-date computation for a person with two years of daily work records
 * (730 approved credits across the 2016 reform boundary) and a custody interval. Target: ≥ 100,000
 * computations per second on one core. Run: {@code java -jar bench/target/custos-bench.jar ReleaseDate -t 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReleaseDateBenchmark {
    private ReleaseDateEngine engine;
    private CaseInput person;

    @Setup
    public void setUp() {
        engine = ReleaseDateEngine.withDefaultRules();
        person = twoYearsOfDailyWork();
    }

    /** The measured case: an 8-year SV sentence, a custody interval and 730 approved daily work records. */
    public static CaseInput twoYearsOfDailyWork() {
        LocalDate start = LocalDate.of(2015, 6, 1);
        Sentence s = new Sentence("S1", "SV", new Offence("HURTO", "LESSER", "hurto"), Term.of(8, 0, 0), start,
                LocalDate.of(2014, 11, 3), null, null, null);
        List<CreditRecord> credits = new ArrayList<>(730);
        for (int i = 0; i < 730; i++) {
            credits.add(new CreditRecord("W" + i, null, CreditKind.WORK, LocalDate.of(2015, 9, 1).plusDays(i), 1, null,
                    null, false, new Approval(ApprovalStatus.APPROVED, "constancia " + i, null, null)));
        }
        return new CaseInput(null, Set.of(), List.of(s),
                List.of(new CustodyInterval("S1", LocalDate.of(2014, 11, 3), LocalDate.of(2015, 5, 31), "auto")),
                credits, List.of(), List.of(), List.of(), List.of());
    }

    @Benchmark
    public CaseResult computeTwoYearsOfDailyWork() {
        return engine.compute(person);
    }
}
