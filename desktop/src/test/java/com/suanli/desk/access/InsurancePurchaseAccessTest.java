package com.suanli.desk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.engine.command.WritePolicy;
import com.suanli.exchange.engine.event.PolicyKind;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.listing.Hub;
import com.suanli.sessions.insurance.InsuranceProgramme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buying insurance is decided where order entry is: a risk officer buys none, a trader buys only for an account
 * it trades, an administrator writes any policy as before. A refused purchase never reaches the journal and moves
 * no cash; one the exchange refuses (a premium beyond the holder's cash) changes nothing either.
 */
class InsurancePurchaseAccessTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final long NOW = MARKET_OPEN.millis();
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final long LOCAL = 1001;
    private static final long WANGS = 2002;
    private static final long INSURER = InsuranceProgramme.INSURER_ACCOUNT;
    private static final long WANGS_CASH = 10_000_000L;

    @TempDir
    static Path dir;

    private static DeskStore store;
    private static ExchangeStartup startup;
    private static DeskExchange desk;
    private static DeskSession administrator;
    private static DeskSession trader;
    private static DeskSession riskOfficer;

    @BeforeAll
    static void aDeskWithAnInsurer() {
        store = TestDesks.database(dir);
        startup = TestDesks.startup(() -> CatalogueJson.readDefault().inHub(Hub.GZ), store, MARKET_OPEN);
        desk = startup.start().exchange();
        TestDesks.openMember(desk, NOW, WANGS, WANGS_CASH);
        TestDesks.openMember(desk, NOW, INSURER, 2_000_000_000L);
        DeskSession local = desk.users().local("li", LOCAL).orElseThrow();
        UserDirectory users = local.users();
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("wang", "Wang Fang", UserRole.TRADER, "east-west-9".toCharArray(), List.of(WANGS));
        users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of());
        administrator = desk.users().signIn("li", "head-of-desk-1".toCharArray());
        trader = desk.users().signIn("wang", "east-west-9".toCharArray());
        riskOfficer = desk.users().signIn("chen", "scenario-77".toCharArray());
    }

    @AfterAll
    static void closeTheDesk() {
        startup.close();
        store.close();
    }

    private static WritePolicy cover(long holder, long premium) {
        return new WritePolicy(NOW, holder, INSURER, PolicyKind.OUTAGE_COVER, "H100", Hub.GZ, MONDAY, MONDAY.plusDays(6),
                500, 0, 5_000_000, premium);
    }

    private static int policies() {
        return desk.ask(engine -> engine.policies().size()).join();
    }

    private static long cash(long account) {
        return desk.ask(engine -> engine.cash(account)).join();
    }

    private static CommandNotPermitted refused(DeskSession session, WritePolicy policy, String why) {
        int before = policies();
        long holderCash = cash(policy.holderAccount());
        Throwable failure = catchThrowable(() -> session.submit(policy).join());
        assertThat(failure).isInstanceOf(CompletionException.class).cause().isInstanceOf(CommandNotPermitted.class)
                .hasMessage(why);
        CommandNotPermitted refusal = (CommandNotPermitted) failure.getCause();
        assertThat(RefusalWords.access(refusal)).as("worded from the rule").isEqualTo(why);
        assertThat(policies()).as("no policy written").isEqualTo(before);
        assertThat(cash(policy.holderAccount())).as("no premium paid").isEqualTo(holderCash);
        return refusal;
    }

    @Test
    void a_risk_officer_buys_no_insurance_for_any_account() {
        CommandNotPermitted refusal = refused(riskOfficer, cover(LOCAL, 100_00),
                "risk officer 'chen' may not send WRITE_POLICY: a risk officer buys no insurance");
        assertThat(refusal.rule()).isEqualTo(AccessRule.RISK_OFFICER_BUYS);
        Texts.use(Language.CHINESE);
        try {
            assertThat(RefusalWords.access(refusal)).isEqualTo("风控官“chen”不得发送出具保单：风控官不购买保险");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void a_trader_buys_for_the_accounts_it_trades_only_paying_the_premium_through_the_ledger() {
        CommandNotPermitted refusal = refused(trader, cover(LOCAL, 100_00),
                "trader 'wang' may not send WRITE_POLICY for account 1001: it trades account 2002");
        assertThat(refusal.rule()).isEqualTo(AccessRule.ACCOUNT_NOT_GRANTED);

        long before = cash(WANGS);
        long insurerBefore = cash(INSURER);
        assertThat(trader.submit(cover(WANGS, 1_234_56)).orTimeout(30, TimeUnit.SECONDS).join().accepted()).isTrue();
        assertThat(cash(WANGS)).as("the premium debited").isEqualTo(before - 1_234_56);
        assertThat(cash(INSURER)).as("and credited to the insurer").isEqualTo(insurerBefore + 1_234_56);
        assertThat(desk.ask(engine -> engine.policies().get(engine.policies().size() - 1).terms().holderAccount())
                .join()).isEqualTo(WANGS);
    }

    @Test
    void a_premium_beyond_the_holders_cash_is_refused_by_the_exchange_and_changes_nothing() {
        int before = policies();
        var answer = trader.submit(cover(WANGS, WANGS_CASH * 10)).orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(answer.accepted()).isFalse();
        assertThat(answer.rejection().reason()).isEqualTo(RejectReason.INSUFFICIENT_FREE_CASH);
        assertThat(answer.rejection().message()).startsWith("premium: ");
        assertThat(policies()).isEqualTo(before);
    }

    @Test
    void an_administrator_writes_any_policy_as_before() {
        assertThat(administrator.submit(cover(WANGS, 1_00)).orTimeout(30, TimeUnit.SECONDS).join().accepted()).isTrue();
        assertThat(administrator.submit(cover(LOCAL, 1_00)).orTimeout(30, TimeUnit.SECONDS).join().accepted()).isTrue();
    }
}
