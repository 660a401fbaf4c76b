package org.custos.cli.releasedate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.custos.releasedates.ReleaseDateEngine;
import org.custos.releasedates.json.CaseFile;
import org.custos.releasedates.json.CaseFiles;
import org.custos.releasedates.result.Alert;
import org.custos.releasedates.result.CaseResult;
import org.custos.releasedates.result.DateResult;
import org.custos.releasedates.result.DerivationLine;
import org.custos.releasedates.result.PretrialResult;
import org.custos.releasedates.result.TermResult;
import org.custos.releasedates.validation.FieldError;
import org.custos.releasedates.validation.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code custos release-date FILE.json}: computes the dates of a case file offline and explains them. */
@Command(name = "release-date", mixinStandardHelpOptions = true,
        description = "Compute full term, release and conditional-release dates of a case file, with their derivation.")
public final class ReleaseDateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.json", description = "case file ({\"input\": {...}})")
    Path file;

    @Option(names = "--json", description = "print the result as JSON instead of plain words")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaseFile c;
        try {
            c = CaseFiles.read(file);
        } catch (RuntimeException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        try {
            CaseResult r = ReleaseDateEngine.withDefaultRules().compute(c.input());
            if (json) out.println(CaseFiles.write(r));
            else print(r, out);
            return 0;
        } catch (ValidationException e) {
            err.println("invalid case file " + file + ":");
            for (FieldError fe : e.errors()) err.println("  " + fe.field() + ": " + fe.code() + " - " + fe.message());
            return 2;
        }
    }

    static void print(CaseResult r, PrintWriter out) {
        out.println("Engine: " + r.engineVersion());
        if (r.release() != null) out.println("Projected release (all terms served): " + r.release());
        for (TermResult t : r.terms()) {
            out.println();
            out.println("Sentence(s) " + String.join(" + ", t.sentenceIds()) + " under " + t.jurisdiction()
                    + " law, from " + t.start() + " (" + t.termDays() + " days)");
            for (DateResult d : t.dates()) date(d, out);
            for (Alert a : t.alerts()) out.println("  ALERT " + a.code() + ": " + a.message());
        }
        for (PretrialResult p : r.pretrial()) {
            out.println();
            out.println("Provisional detention " + p.id() + " (" + p.jurisdiction() + ")");
            for (DateResult d : p.dates()) date(d, out);
            for (Alert a : p.alerts()) out.println("  ALERT " + a.code() + ": " + a.message());
        }
    }

    private static void date(DateResult d, PrintWriter out) {
        out.println("  " + d.name().toLowerCase().replace('_', ' ') + ": "
                + (d.date() == null ? d.status().toLowerCase() : d.date().toString()));
        for (DerivationLine l : d.lines()) {
            out.println("    " + (l.days() > 0 ? "+" : "") + l.days() + " day(s) " + l.rule()
                    + (l.version().isEmpty() ? "" : " [" + l.version() + "]") + ": " + l.note()
                    + (l.legalBasis().isEmpty() ? "" : " — " + l.legalBasis()));
        }
    }
}
