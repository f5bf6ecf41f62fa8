package com.suanli.desk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.suanli.cluster.client.ClientConfig;
import com.suanli.cluster.client.ClusterExchangeClient;
import com.suanli.cluster.member.LocalCluster;
import com.suanli.cluster.member.MemberConfig;
import com.suanli.cluster.member.WeekdayClock;
import com.suanli.cluster.protocol.StateReport;
import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DatabaseServer;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.access.CommandNotPermitted;
import com.suanli.desk.access.DeskSession;
import com.suanli.desk.exchange.AccountTerms;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.task.CurrentThreadTaskExecutor;
import com.suanli.desk.ui.users.UsersViewModel;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.gateway.FixClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Message;
import quickfix.field.MsgType;
import quickfix.fix44.NewOrderSingle;

/**
 * Accounts opened on the replicated exchange: three members on loopback (their log on a trading day), a connected
 * desk whose administrator's screen opens an account for a new firm with the cash typed where a trader and a risk
 * officer are refused, {@code desk users add --connect} adding a trader to the database a running
 * {@code desk gateway --cluster} signs in against (served by a db-server) and opening its account, and the gateway
 * taking the new trader's FIX order on it; every member ends on the same state.
 */
class ClusterAccountsTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The members' log runs on a trading day ({@link WeekdayClock}): so does the connected desk's clock. */
    private static final Clock TRADING_DAY = Clock.offset(Clock.system(ZoneId.of("Asia/Shanghai")),
            Duration.ofDays(-WeekdayClock.DAYS_BACK));
    private static final long BY_SCREEN = 2002;
    private static final long BY_COMMAND = 2001;

    @TempDir
    Path home;
    @TempDir
    Path here;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void an_administrator_opens_accounts_on_every_member_and_a_trader_trades_one_through_fix() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/shm")), "needs /dev/shm for the members' media drivers");
        int portBase = LocalCluster.freePortBase();
        String members = "127.0.0.1:" + (portBase + 2) + ",127.0.0.1:" + (portBase + 102) + ",127.0.0.1:"
                + (portBase + 202);
        try (LocalCluster cluster = new LocalCluster(here.resolve("cluster"), portBase,
                MemberConfig.DEFAULT_HEARTBEAT_TIMEOUT).onWeekdayClock();
             DeskStore deskStore = DeskStore.open(StoreAddress.file(here.resolve("connected")), FileKey.NONE)) {
            cluster.startAll();
            UserDirectory deskUsers = new UserDirectory(deskStore);
            deskUsers.soleUser("li", LocalTrader.ACCOUNT);
            deskUsers.resetPassword("li", PASSWORD.toCharArray());
            deskUsers.add("wang", "Wang", UserRole.TRADER, PASSWORD.toCharArray(), List.of());
            deskUsers.add("chen", "Chen", UserRole.RISK_OFFICER, PASSWORD.toCharArray(), List.of());
            try (ExchangeStartup startup = ExchangeStartup.connected(() -> deskStore, TRADING_DAY,
                    cluster.clientConfig(ClientConfig.freshClientId()), PATIENCE)) {
                DeskExchange desk = startup.start().exchange();
                DeskSession trader = desk.users().signIn("wang", PASSWORD.toCharArray());
                DeskSession riskOfficer = desk.users().signIn("chen", PASSWORD.toCharArray());
                DeskSession administrator = desk.users().signIn("li", PASSWORD.toCharArray());
                String admin = ": only an administrator sends firm, account, catalogue and clearing administration";
                assertThatThrownBy(() -> trader.openAccounts(List.of(BY_SCREEN), AccountTerms.DESK)).isInstanceOf(CommandNotPermitted.class)
                        .hasMessage("trader 'wang' may not send OPEN_ACCOUNT" + admin);
                assertThatThrownBy(() -> riskOfficer.openAccounts(List.of(BY_SCREEN), AccountTerms.DESK))
                        .isInstanceOf(CommandNotPermitted.class)
                        .hasMessage("risk officer 'chen' may not send OPEN_ACCOUNT" + admin);

                // The administrator's screen, as the connected window has it: wang is given an account the
                // cluster does not have, for a new firm with the cash typed, and it is opened on every member.
                UsersViewModel screen = new UsersViewModel(administrator, new CurrentThreadTaskExecutor());
                screen.loginProperty().set("wang");
                screen.accountsProperty().set(Long.toString(BY_SCREEN));
                screen.firmProperty().set("300");
                screen.firmNameProperty().set("Jade Capital");
                screen.cashProperty().set("250,000");
                screen.assignAccounts();
                assertThat(screen.errorProperty().get()).isEmpty();
                assertThat(screen.doneProperty().get())
                        .isEqualTo("'wang' trades account 2002; opened on the exchange: account 2002"
                                + " (firm 300, 250,000 CNY)");
                assertThat(desk.ask(engine -> engine.cash(BY_SCREEN)).join()).isEqualTo(25_000_000L);
                AccountTerms jade = AccountTerms.parse("300", "", "250000");
                assertThat(administrator.openAccounts(List.of(BY_SCREEN), jade)).as("open already: nothing sent").isEmpty();
                assertThatThrownBy(() -> administrator.openAccounts(List.of(BY_SCREEN), AccountTerms.DESK))
                        .hasMessage("firm: account 2002 is open already under firm 300, not 100: nothing sent");

                // The gateway's database served to both: the gateway signs its users in there at each Logon, so a
                // trader the command line adds while the gateway runs logs on at once.
                try (DeskStore gatewayStore = DeskStore.open(StoreAddress.file(here.resolve("desk")), FileKey.NONE)) {
                    UserDirectory users = new UserDirectory(gatewayStore);
                    users.soleUser("root", LocalTrader.ACCOUNT);
                    users.resetPassword("root", PASSWORD.toCharArray());
                }
                try (DatabaseServer served = DatabaseServer.start(here.resolve("desk"), FileKey.NONE, 0, false)) {
                    String database = served.address().shown();
                    int port = FixClient.freePort();
                    CliRun gateway = new CliRun(home, here);
                    Thread serving = new Thread(() -> gateway.desk("gateway", "--db", database, "--port",
                            Integer.toString(port), "--cluster", members), "test-desk-gateway");
                    serving.start();
                    try {
                        awaitCondition(() -> gateway.out().contains("desk gateway: FIX 4.4 on"), "the gateway's start");
                        CliRun add = new CliRun(home, here).withEnvironment(UsersCommand.PASSWORD_ENVIRONMENT, PASSWORD);
                        assertThat(add.desk("users", "add", "wang", "--role", "trader", "--accounts",
                                Long.toString(BY_COMMAND), "--firm", "300", "--cash", "50000.25", "--db", database,
                                "--connect", members)).as(add.err()).isEqualTo(0);
                        assertThat(add.out()).contains("desk users: added trader 'wang', trading account 2001",
                                "desk users: account 2001 opened on the cluster (firm 300, 50,000.25 CNY)");
                        awaitCondition(() -> desk.ask(engine -> engine.hasAccount(BY_COMMAND)).join(),
                                "the connected desk's mirror has account 2001");
                        assertThat(desk.ask(engine -> engine.cash(BY_COMMAND)).join()).isEqualTo(5_000_025L);
                        tradesThroughFix(port);
                    } finally {
                        serving.interrupt();
                        serving.join(TimeUnit.SECONDS.toMillis(60));
                    }
                    assertThat(serving.isAlive()).isFalse();
                }
                awaitCondition(() -> !desk.market().workingOrders(BY_COMMAND).isEmpty(),
                        "the order on 2001 in the connected desk's read model");
            }
            StateReport leader;
            try (ClusterExchangeClient auditor = ClusterExchangeClient.connect(
                    cluster.clientConfig(ClientConfig.freshClientId()), PATIENCE)) {
                leader = auditor.report().get(60, TimeUnit.SECONDS);
            }
            for (int id = 0; id < LocalCluster.MEMBERS; id++) {
                int member = id;
                awaitCondition(() -> Long.toString(leader.commandsApplied())
                        .equals(report(cluster, member).getProperty("commandsApplied")), "member " + id + "'s report");
                assertThat(report(cluster, id).getProperty("stateHash")).as("member %d", id)
                        .isEqualTo(Long.toHexString(leader.stateHash()));
            }
        }
    }

    /** wang logs on to the gateway with the password the command line gave it and has an order accepted on 2001. */
    private static void tradesThroughFix(int port) throws Exception {
        ContractSpec contract = CatalogueJson.readDefault().contracts().stream()
                .filter(c -> c.isTradable(WeekdayClock.tradingDay())).findFirst().orElseThrow();
        try (FixClient wang = FixClient.logOn("ACCOUNTS-WANG", port, "wang", PASSWORD)) {
            NewOrderSingle order = new NewOrderSingle();
            order.setString(11, "NEW-ACCOUNT-1");
            order.setString(1, Long.toString(BY_COMMAND));
            order.setString(55, contract.symbol());
            order.setChar(54, '1');
            order.setUtcTimeStamp(60, LocalDateTime.now(ZoneOffset.UTC));
            order.setChar(40, '2');
            order.setDecimal(38, java.math.BigDecimal.ONE);
            order.setDecimal(44, contract.toPrice(contract.referencePriceTicks()));
            order.setChar(59, '1');
            wang.send(order);
            Message report = wang.next(MsgType.EXECUTION_REPORT);
            assertThat(report.getString(11)).isEqualTo("NEW-ACCOUNT-1");
            assertThat(report.getString(1)).isEqualTo("2001");
            assertThat(report.getString(150)).as("accepted: %s", report.isSetField(58) ? report.getString(58) : "")
                    .isEqualTo("0");
        }
    }

    private static Properties report(LocalCluster cluster, int member) {
        try {
            return cluster.report(member);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitCondition(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
