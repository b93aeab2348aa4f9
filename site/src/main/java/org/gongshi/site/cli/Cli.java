package org.gongshi.site.cli;

import picocli.CommandLine;

/** Builds the command line so that every failure ends in one readable line and a non-zero exit code. */
public final class Cli {
    static final int FAILED = 1;
    static final int USAGE = 2;

    private Cli() {}

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GongshiCommand());
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("gongshi: " + FailureReason.of(exception));
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            exception.getCommandLine().getErr().println("gongshi: " + FailureReason.of(exception)
                    + "（用 --help 查看用法）");
            return USAGE;
        });
        return commandLine;
    }
}
