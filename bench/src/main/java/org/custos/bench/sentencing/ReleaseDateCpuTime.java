package org.custos.bench.sentencing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.releasedates.model.CaseInput;

/**
 * The {@link ReleaseDateBenchmark} case measured in computations per second of the thread's own CPU
 * time, for a shared machine where other processes make JMH's wall-clock figure meaningless. Not a
 * replacement for JMH on a quiet machine. Run:
 * {@code java -cp bench/target/custos-bench.jar org.custos.bench.sentencing.ReleaseDateCpuTime [rounds]}.
 */
public final class ReleaseDateCpuTime {
    private ReleaseDateCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ReleaseDateEngine engine = ReleaseDateEngine.withDefaultRules();
        CaseInput person = ReleaseDateBenchmark.twoYearsOfDailyWork();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            int n = 200_000;
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) sink += engine.compute(person).terms().size();
            cpu = mx.getCurrentThreadCpuTime() - cpu;
            System.out.printf("round %d: %,.0f computations per CPU-second%n", round + 1, n / (cpu / 1e9));
        }
        if (sink == 42) System.out.println();
    }
}
