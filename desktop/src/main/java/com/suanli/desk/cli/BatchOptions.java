package com.suanli.desk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --request FILE [--out FILE]}, the options of {@code desk price} and {@code desk risk}. */
final class BatchOptions {

    @Option(names = "--request", paramLabel = "FILE", required = true, description = "the JSON request (docs/BATCH.md)")
    Path request;

    @Option(names = "--out", paramLabel = "FILE", description = "where the result JSON goes (default: standard output)")
    Path out;
}
