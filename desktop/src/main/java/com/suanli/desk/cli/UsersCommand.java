package com.suanli.desk.cli;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.data.firm.DeskUser;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.exchange.AccountOpening;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.AccountTerms;
import com.suanli.desk.exchange.DatabaseCatalogue;
import com.suanli.exchange.listing.BusinessDays;
import java.io.Console;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code desk users add|list|passwd|role}: the desk's users from the operator's side, on the database directly
 * (who can open the database file, or reach its server, administers it; docs/DATABASE.md). A password is asked
 * twice on the console without echo, or taken from {@value #PASSWORD_ENVIRONMENT}; never from the command line,
 * where other users of the machine could read it.
 */
@Command(name = "users", header = "list the desk's users, add one, set a password or a role",
        description = {"Users sign in to the workstation once the desk has more than one, or its database is",
                "shared; each has a role: trader, risk-officer or administrator (docs/DATABASE.md)."},
        synopsisSubcommandLabel = "(add | list | passwd | role)")
final class UsersCommand implements Callable<Integer> {

    /** How long {@code --connect} waits for a leader and for its mirror to catch up, as a connected desk does. */
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(60);

    /** Where a script gives the new password, since it has no console to type it on. */
    static final String PASSWORD_ENVIRONMENT = "SUANLI_DESK_PASSWORD";

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new UsersCommand()).addSubcommand(new Add(context)).addSubcommand(new ListUsers(context))
                .addSubcommand(new Passwd(context)).addSubcommand(new Role(context));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "needs a command: add, list, passwd or role (see desk users --help)");
    }

    /** What every users' subcommand has: its help, the database it works on and the context it runs in. */
    abstract static class OnUsers implements Callable<Integer> {

        @Mixin
        private HelpOption help;

        @Mixin
        private DatabaseOptions database;

        final CliContext context;

        OnUsers(CliContext context) {
            this.context = context;
        }

        /** Runs {@code work} on the chosen database's users. */
        <T> T onUsers(Function<UserDirectory, T> work) {
            return onStore(store -> work.apply(new UserDirectory(store)));
        }

        <T> T onStore(Function<DeskStore, T> work) {
            return database.onStore(context, work);
        }

        DatabaseOptions database() {
            return database;
        }

        /** Hands {@code login}'s new password to {@code use}, and wipes it after, whatever {@code use} did. */
        <T> T withNewPassword(String login, Function<char[], T> use) {
            char[] password = newPassword(context, login);
            try {
                return use.apply(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The new password: typed twice on the console, or from the environment without one. */
    private static char[] newPassword(CliContext context, String login) {
        Console console = context.console();
        if (console == null) {
            String given = context.environment().get(PASSWORD_ENVIRONMENT);
            if (given == null) {
                throw new IllegalArgumentException("password: no console to ask for the password of '" + login
                        + "': set " + PASSWORD_ENVIRONMENT);
            }
            return given.toCharArray();
        }
        char[] typed = console.readPassword("New password for %s: ", login);
        char[] again = console.readPassword("The same again: ");
        if (typed == null || again == null || !Arrays.equals(typed, again)) {
            throw new IllegalArgumentException("password: the two passwords typed differ; nothing changed");
        }
        Arrays.fill(again, '\0');
        return typed;
    }

    /** {@code desk users add LOGIN --role ROLE [--accounts ID,... [--firm ID] [--cash CNY]] [--connect HOST:PORT,...]}. */
    @Command(name = "add", header = "add a user with a role, a password and the accounts it trades",
            description = {"The user belongs to the desk's firm. Each account the exchange does not have is opened",
                    "there as a trader's account of --firm (registered with --firm-name where new) with --cash:",
                    "on the desk's own exchange in this database, or with --connect on the replicated exchange's",
                    "every member, as the administrator's screen does. The password is asked for (or",
                    "$" + PASSWORD_ENVIRONMENT + ")."})
    static final class Add extends OnUsers {

        @Parameters(index = "0", paramLabel = "LOGIN", description = "the user's login")
        private String login;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "trader, risk-officer or administrator")
        private String role;

        @Option(names = "--name", paramLabel = "NAME", description = "the user's name as shown (default: the login)")
        private String name;

        @Option(names = "--accounts", paramLabel = "ID", split = ",",
                description = "the accounts the user trades, separated by commas")
        private List<Long> accounts = new ArrayList<>();

        @Option(names = "--firm", paramLabel = "ID",
                description = "the firm new accounts open under (default: the desk's, 100)")
        private String firm = Long.toString(AccountTerms.DESK.firm());

        @Option(names = "--firm-name", paramLabel = "NAME",
                description = "the name --firm is registered with where the exchange does not have it yet")
        private String firmName;

        @Option(names = "--cash", paramLabel = "CNY",
                description = "each new account's opening deposit in CNY (default 1,000,000; 0 for none)")
        private String cash = BigDecimal.valueOf(AccountTerms.DESK.openingCash(), 2).stripTrailingZeros().toPlainString();

        @Option(names = "--connect", paramLabel = "HOST:PORT,...",
                description = "open the accounts on the replicated exchange: its members' client ingress, as"
                        + " desk --connect takes them")
        private String connect;

        Add(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            UserRole as = UserRole.parse(role);
            AccountTerms terms = AccountTerms.parse(firm, firmName, cash);
            // Refused before the database changes: a mistyped endpoint is the news, one line.
            Optional<ClientConfig> cluster = Optional.ofNullable(connect)
                    .map(members -> ClientConfig.ofMembers(ClientConfig.freshClientId(), members, "--connect"));
            if (cluster.isEmpty() && !accounts.isEmpty()) {
                return addOnDesk(as, terms);
            }
            return onStore(store -> {
                if (cluster.isEmpty()) {
                    report(added(new UserDirectory(store), as));
                    return DeskCli.EXIT_OK;
                }
                try (ExchangeStartup startup = ExchangeStartup.connected(() -> store,
                        Clock.system(BusinessDays.EXCHANGE_ZONE), cluster.get(), CONNECT_WAIT)) {
                    open(new UserDirectory(store), startup.start().exchange(), as, terms, "on the cluster");
                }
                return DeskCli.EXIT_OK;
            });
        }

        /** The desk's own exchange on this database, started as the workstation starts it, opens the accounts. */
        private int addOnDesk(UserRole as, AccountTerms terms) {
            StoreAddress address = database().address(context);
            try (DatabaseCatalogue catalogue = new DatabaseCatalogue(address, database().key(context, address));
                 ExchangeStartup startup = ExchangeStartup.of(catalogue, Clock.system(BusinessDays.EXCHANGE_ZONE))) {
                DeskExchange exchange = startup.start().exchange();
                open(new UserDirectory(catalogue.database()), exchange, as, terms, "on the desk's exchange");
            }
            return DeskCli.EXIT_OK;
        }

        /**
         * Adds the user, then opens the accounts {@code exchange} lacks on {@code terms}, one line each; terms that
         * do not fit the exchange (an account open under another firm, a new firm without its name) are refused
         * before the user is added.
         */
        private void open(UserDirectory users, DeskExchange exchange, UserRole as, AccountTerms terms, String where) {
            AccountOpening.absent(exchange, accounts, terms);
            DeskUser added = added(users, as);
            report(added);
            List<Long> opened = AccountOpening.openAbsent(exchange::submit, exchange, added.accounts(), terms);
            for (long account : added.accounts()) {
                context.out().println("desk users: account " + account + (opened.contains(account)
                        ? " opened " + where + " (" + terms.described() + ")"
                        : " was open already " + where + ": nothing sent"));
            }
        }

        private DeskUser added(UserDirectory users, UserRole as) {
            return withNewPassword(login, password -> users.add(login, name, as, password, accounts));
        }

        private void report(DeskUser added) {
            context.out().println("desk users: added " + added.named() + tradesText(added));
        }
    }

    /** {@code desk users list}. */
    @Command(name = "list", header = "list the desk's users with their roles and accounts")
    static final class ListUsers extends OnUsers {

        ListUsers(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<DeskUser> users = onUsers(UserDirectory::users);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"LOGIN", "NAME", "ROLE", "ACCOUNTS", "PASSWORD", "LOCKED"});
            for (DeskUser user : users) {
                rows.add(new String[] {user.login(), user.displayName(), user.role().label(),
                        accountsText(user.accounts()), user.hasPassword() ? "set" : "none", user.locked() ? "yes" : "no"});
            }
            print(context.out(), rows);
            return DeskCli.EXIT_OK;
        }

        private static void print(PrintStream out, List<String[]> rows) {
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    /** {@code desk users passwd LOGIN}. */
    @Command(name = "passwd", header = "set a user's password",
            description = {"Asked twice on the console without echo (or $" + PASSWORD_ENVIRONMENT + ")."})
    static final class Passwd extends OnUsers {

        @Parameters(index = "0", paramLabel = "LOGIN", description = "the user's login")
        private String login;

        Passwd(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            onUsers(users -> {
                DeskUser user = users.user(login)
                        .orElseThrow(() -> new IllegalArgumentException("login: no user '" + login + "'"));
                return withNewPassword(user.login(), password -> users.resetPassword(login, password));
            });
            context.out().println("desk users: new password set for '" + login + "'");
            return DeskCli.EXIT_OK;
        }
    }

    /** {@code desk users role LOGIN ROLE}. */
    @Command(name = "role", header = "give a user another role")
    static final class Role extends OnUsers {

        @Parameters(index = "0", paramLabel = "LOGIN", description = "the user's login")
        private String login;

        @Parameters(index = "1", paramLabel = "ROLE", description = "trader, risk-officer or administrator")
        private String role;

        Role(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            UserRole as = UserRole.parse(role);
            DeskUser changed = onUsers(users -> users.setRole(login, as));
            context.out().println("desk users: '" + changed.login() + "' is now " + changed.role().label()
                    + " (from its next sign-in)");
            return DeskCli.EXIT_OK;
        }
    }

    private static String tradesText(DeskUser user) {
        return user.accounts().isEmpty() ? "" : ", trading account " + accountsText(user.accounts());
    }

    private static String accountsText(List<Long> accounts) {
        return String.join(",", accounts.stream().map(String::valueOf).toList());
    }
}
