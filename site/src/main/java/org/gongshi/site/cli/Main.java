package org.gongshi.site.cli;

/** The jar's entry point: {@code serve}, {@code reindex} and {@code import documents}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.commandLine().execute(args));
    }
}
