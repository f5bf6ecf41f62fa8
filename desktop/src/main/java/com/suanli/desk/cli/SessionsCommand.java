package com.suanli.desk.cli;

import com.suanli.data.session.RecordedSession;
import com.suanli.sessions.record.OpenedSession;
import com.suanli.sessions.record.SessionExport;
import com.suanli.sessions.record.SessionLibrary;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code desk sessions list|show ID|export ID --out DIR}: the simulated sessions recorded in the database
 * ({@code desk simulate --record}), listed, shown with their summary, or exported as JSON and CSV
 * (docs/SESSIONS.md, "Recording and replay").
 */
@Command(name = "sessions", header = "list, show or export the simulated sessions recorded in the database",
        description = {"Sessions are recorded by desk simulate --record; the workstation replays them",
                "(View > Sessions). Export format: docs/SESSIONS.md."},
        synopsisSubcommandLabel = "(list | show | export)")
final class SessionsCommand implements Callable<Integer> {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new SessionsCommand()).addSubcommand(new ListSessions(context))
                .addSubcommand(new Show(context)).addSubcommand(new Export(context));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "needs a command: list, show or export (see desk sessions --help)");
    }

    /** What every subcommand has: its help, the database and the context. */
    abstract static class OnSessions implements Callable<Integer> {

        @Mixin
        private HelpOption help;

        @Mixin
        private DatabaseOptions database;

        final CliContext context;

        OnSessions(CliContext context) {
            this.context = context;
        }

        <T> T onLibrary(Function<SessionLibrary, T> work) {
            return database.onStore(context, store -> work.apply(new SessionLibrary(store)));
        }
    }

    @Command(name = "list", header = "list the recorded sessions, newest first")
    static final class ListSessions extends OnSessions {

        ListSessions(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<RecordedSession> sessions = onLibrary(SessionLibrary::sessions);
            if (sessions.isEmpty()) {
                context.out().println("no recorded sessions (desk simulate --record records one)");
                return DeskCli.EXIT_OK;
            }
            context.out().printf("%-5s %-24s %6s %-9s %-16s %-16s %9s %8s %s%n", "id", "name", "seed", "status",
                    "from", "to", "commands", "trades", "hash");
            for (RecordedSession s : sessions) {
                context.out().printf("%-5d %-24s %6d %-9s %-16s %-16s %9d %8d %s%n", s.id(), s.name(), s.seed(),
                        s.status(), shanghai(s.firstTime()), shanghai(s.lastTime()), s.commands(), s.trades(),
                        s.eventStreamHash().orElse("-"));
            }
            return DeskCli.EXIT_OK;
        }
    }

    @Command(name = "show", header = "show a recorded session with its summary")
    static final class Show extends OnSessions {

        @Parameters(index = "0", paramLabel = "ID", description = "the session's id (desk sessions list)")
        private long id;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            OpenedSession opened = onLibrary(library -> library.open(id));
            RecordedSession s = opened.session();
            context.out().println("session " + s.id() + ": " + s.name() + ", seed " + s.seed() + ", " + s.status());
            context.out().println("recorded " + s.startedAt() + " to " + s.endedAt().map(Object::toString).orElse("-"));
            context.out().println("simulated " + shanghai(s.firstTime()) + " to " + shanghai(s.lastTime())
                    + " (Shanghai), " + opened.cursor().listing().contracts().size() + " contracts");
            opened.summary().forEach(context.out()::println);
            return DeskCli.EXIT_OK;
        }
    }

    @Command(name = "export", header = "export a recorded session as JSON (session.json) and CSV (trades.csv)")
    static final class Export extends OnSessions {

        @Parameters(index = "0", paramLabel = "ID", description = "the session's id (desk sessions list)")
        private long id;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write into")
        private Path out;

        Export(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Path dir = context.workingDirectory().resolve(out);
            List<Path> written = onLibrary(library -> {
                OpenedSession opened = library.open(id);
                try {
                    return SessionExport.write(opened, dir);
                } catch (UncheckedIOException e) {
                    throw new IllegalArgumentException("--out: " + e.getMessage(), e);
                }
            });
            written.forEach(file -> context.out().println("wrote " + file));
            return DeskCli.EXIT_OK;
        }
    }

    private static String shanghai(long epochMillis) {
        return epochMillis == 0 ? "-" : LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), SHANGHAI).toString();
    }
}
