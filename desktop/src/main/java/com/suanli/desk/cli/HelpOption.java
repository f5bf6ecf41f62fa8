package com.suanli.desk.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} on every command; kept out of the synopsis, which shows what a command needs. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, hidden = true, description = "show this help")
    private boolean help;
}
