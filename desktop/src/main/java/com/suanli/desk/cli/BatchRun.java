package com.suanli.desk.cli;

import com.suanli.data.json.JsonReadException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * What {@code desk price} and {@code desk risk} share once their options are read: the result JSON
 * to the file or to standard output, and every failure as one line on the error stream (never a
 * stack trace): exit 2 for bad input, 1 for a failure of the desk itself.
 */
final class BatchRun {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_BAD_INPUT = 2;

    private BatchRun() {
    }

    /** Runs {@code job} (request file to result JSON) and writes its result under the shared error rules. */
    static int run(String command, Path request, Path output, PrintStream out, PrintStream err,
                   Function<Path, String> job) {
        String result;
        try {
            result = job.apply(request);
        } catch (JsonReadException e) {
            return badInput(err, e.getMessage());
        } catch (IllegalArgumentException e) {
            return badInput(err, "$: " + innermost(e).getMessage());
        } catch (RuntimeException e) {
            err.println("error: desk " + command + " failed: " + e);
            return EXIT_FAILURE;
        }
        if (output == null) {
            out.print(result);
            return EXIT_OK;
        }
        try {
            Files.writeString(output, result, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return badInput(err, "--out: cannot write " + output + " (" + e.getClass().getSimpleName() + ")");
        }
        out.println("desk " + command + ": wrote " + output);
        return EXIT_OK;
    }

    /** Parallel streams rethrow a worker's exception wrapped in a copy of it: report the original. */
    private static Throwable innermost(IllegalArgumentException e) {
        Throwable reason = e;
        while (reason.getCause() instanceof IllegalArgumentException cause) {
            reason = cause;
        }
        return reason;
    }

    private static int badInput(PrintStream err, String message) {
        err.println("error: " + firstLine(message));
        return EXIT_BAD_INPUT;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
