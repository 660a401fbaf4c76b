package org.custos.cli;

import org.custos.cli.releasedate.ReleaseDateCommand;
import org.custos.cli.verify.VerifyCommand;
import org.custos.cli.verify.VerifyReceiptCommand;
import org.custos.cli.witness.WitnessCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code custos}: the offline tools. None of them needs the server or its database. */
@Command(name = "custos", mixinStandardHelpOptions = true, version = "custos 0.1.0",
        description = "Custos offline tools: verify the transparency log, run a witness, compute release dates.",
        subcommands = {VerifyCommand.class, VerifyReceiptCommand.class, WitnessCommand.class,
                ReleaseDateCommand.class, CommandLine.HelpCommand.class})
public final class CustosCli implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests run it in-process). */
    public static CommandLine commandLine() {
        return new CommandLine(new CustosCli());
    }

    /** Without a command: the usage on stderr and exit code 2, like any other usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
