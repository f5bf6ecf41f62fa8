package com.suanli.desk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.suanli.data.catalogue.CatalogueJson;
import com.suanli.data.firm.UserDirectory;
import com.suanli.data.firm.UserRole;
import com.suanli.data.host.Acknowledged;
import com.suanli.data.store.DeskStore;
import com.suanli.desk.exchange.AccountTerms;
import com.suanli.desk.exchange.DeskExchange;
import com.suanli.desk.exchange.ExchangeStartup;
import com.suanli.desk.exchange.LocalTrader;
import com.suanli.desk.exchange.TestDesks;
import com.suanli.desk.ui.refusal.RefusalWords;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.exchange.book.Side;
import com.suanli.exchange.engine.command.CancelOrder;
import com.suanli.exchange.engine.command.Command;
import com.suanli.exchange.engine.command.Deposit;
import com.suanli.exchange.engine.command.MassCancel;
import com.suanli.exchange.engine.command.PlaceOrder;
import com.suanli.exchange.engine.command.Quote;
import com.suanli.exchange.engine.command.RegisterFirm;
import com.suanli.exchange.engine.command.SessionAction;
import com.suanli.exchange.engine.command.SessionCommand;
import com.suanli.exchange.engine.command.TimeInForce;
import com.suanli.exchange.engine.command.TimeTick;
import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.exchange.listing.Hub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each role's allowed and refused commands through the real exchange host on a real database: a refused
 * command fails with the role, the command and the rule, and never reaches the journal; an allowed one is
 * journalled and answered by the engine as from the desk's own port.
 */
class DeskSessionTest {

    private static final Clock MARKET_OPEN = Clock.fixed(Instant.parse("2027-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Catalogue GUIZHOU = CatalogueJson.readDefault().inHub(Hub.GZ);
    private static final ContractSpec JUNE = GUIZHOU.bySymbol("H100-GZ-2027M06");
    private static final long NOW = MARKET_OPEN.millis();
    private static final long LOCAL = 1001;
    private static final long WANGS = 2002;

    @TempDir
    static Path dir;

    private static DeskStore store;
    private static ExchangeStartup startup;
    private static DeskExchange desk;
    private static DeskSession administrator;
    private static DeskSession trader;
    private static DeskSession riskOfficer;

    @BeforeAll
    static void aDeskOfThreeUsers() {
        store = TestDesks.database(dir);
        startup = TestDesks.startup(() -> GUIZHOU, store, MARKET_OPEN);
        desk = startup.start().exchange();
        TestDesks.openMember(desk, NOW, WANGS, 1_000_000_000L);
        // The fresh desk's first user, signed in without a prompt; it then sets a password and adds two more.
        DeskSession local = desk.users().local("li", LOCAL).orElseThrow();
        UserDirectory users = local.users();
        users.resetPassword("li", "head-of-desk-1".toCharArray());
        users.add("wang", "Wang Fang", UserRole.TRADER, "east-west-9".toCharArray(), List.of(WANGS));
        users.add("chen", "Chen Jing", UserRole.RISK_OFFICER, "scenario-77".toCharArray(), List.of());

        assertThat(desk.users().local("li", LOCAL)).as("three users: everyone signs in").isEmpty();
        administrator = desk.users().signIn("li", "head-of-desk-1".toCharArray());
        trader = desk.users().signIn("wang", "east-west-9".toCharArray());
        riskOfficer = desk.users().signIn("chen", "scenario-77".toCharArray());
    }

    @AfterAll
    static void closeTheDesk() {
        startup.close();
        store.close();
    }

    private static PlaceOrder bid(long account, long clientOrderId) {
        return PlaceOrder.limit(NOW, account, clientOrderId, JUNE.instrumentId(), Side.BID,
                JUNE.referencePriceTicks() - 3, 1, TimeInForce.GTC);
    }

    private static Acknowledged sent(DeskSession session, Command command) {
        return session.submit(command).orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Refused with {@code why}, which the screens' words, made from the refusal's rule, say alike in English. */
    private static void refused(DeskSession session, Command command, String why) {
        assertThatThrownBy(() -> session.submit(command).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(CommandNotPermitted.class).hasMessage(why);
        assertThat(RefusalWords.access(refusal(session, command))).as("worded from the rule").isEqualTo(why);
    }

    private static CommandNotPermitted refusal(DeskSession session, Command command) {
        return (CommandNotPermitted) catchThrowable(() -> session.submit(command).join()).getCause();
    }

    @Test
    void every_refusal_is_worded_in_chinese_from_its_rule() {
        Texts.use(Language.CHINESE);
        try {
            assertThat(RefusalWords.access(refusal(riskOfficer, bid(LOCAL, 31))))
                    .isEqualTo("风控官“chen”不得发送下单：风控官不下单、不报价、不撤单");
            assertThat(RefusalWords.access(refusal(trader, bid(LOCAL, 32))))
                    .isEqualTo("交易员“wang”不得为账户 1001 发送下单：其交易的是账户 2002");
            assertThat(RefusalWords.access(refusal(riskOfficer, new Deposit(NOW, WANGS, 1_000_000, 2))))
                    .isEqualTo("风控官“chen”不得发送入金：只有管理员可以进行会员、账户、合约目录和清算管理");
            assertThat(RefusalWords.access((CommandNotPermitted) catchThrowable(trader::users)))
                    .isEqualTo("交易员“wang”不得管理用户：只有管理员可以");
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void a_risk_officer_sends_no_order_quote_or_cancel_and_nothing_reaches_the_journal() {
        long before = sent(administrator, new TimeTick(NOW)).sequence();

        String rule = ": a risk officer sends no order, quote or cancel";
        refused(riskOfficer, bid(LOCAL, 1), "risk officer 'chen' may not send PLACE_ORDER" + rule);
        refused(riskOfficer, Quote.of(NOW, WANGS, JUNE.instrumentId(), JUNE.referencePriceTicks() - 5, 1,
                JUNE.referencePriceTicks() + 5, 1), "risk officer 'chen' may not send QUOTE" + rule);
        refused(riskOfficer, new CancelOrder(NOW, LOCAL, 1), "risk officer 'chen' may not send CANCEL_ORDER" + rule);
        refused(riskOfficer, MassCancel.allInstruments(NOW, LOCAL), "risk officer 'chen' may not send MASS_CANCEL" + rule);
        refused(riskOfficer, new RegisterFirm(NOW, 7, "Firm 7"), "risk officer 'chen' may not send REGISTER_FIRM:"
                + " only an administrator sends firm, account, catalogue and clearing administration");

        assertThat(sent(administrator, new TimeTick(NOW)).sequence()).as("no refused command was journalled")
                .isEqualTo(before + 1);
        assertThatThrownBy(riskOfficer::users).isInstanceOf(CommandNotPermitted.class)
                .hasMessage("risk officer 'chen' may not manage users: only an administrator does");
    }

    @Test
    void a_trader_trades_its_own_accounts_only_and_administers_nothing() {
        Acknowledged own = sent(trader, bid(WANGS, 11));
        assertThat(own.accepted()).isTrue();
        assertThat(desk.ask(engine -> engine.workingOrders().stream()
                .filter(order -> order.account() == WANGS).count()).join()).isEqualTo(1);

        refused(trader, bid(LOCAL, 12),
                "trader 'wang' may not send PLACE_ORDER for account 1001: it trades account 2002");
        refused(trader, MassCancel.allInstruments(NOW, LOCAL),
                "trader 'wang' may not send MASS_CANCEL for account 1001: it trades account 2002");
        String admin = ": only an administrator sends firm, account, catalogue and clearing administration";
        refused(trader, new SessionCommand(NOW, JUNE.instrumentId(), SessionAction.HALT),
                "trader 'wang' may not send SESSION" + admin);
        refused(trader, new Deposit(NOW, WANGS, 1_000_000, 1), "trader 'wang' may not send DEPOSIT" + admin);
        assertThatThrownBy(trader::users).hasMessage("trader 'wang' may not manage users: only an administrator does");

        assertThat(sent(trader, MassCancel.allInstruments(NOW, WANGS)).accepted()).isTrue();
        assertThat(desk.ask(engine -> engine.workingOrders().stream()
                .filter(order -> order.account() == WANGS).count()).join()).isZero();
    }

    @Test
    void an_administrator_administers_and_trades_the_accounts_granted_to_it() {
        assertThat(sent(administrator, new TimeTick(NOW)).accepted()).isTrue();
        assertThat(sent(administrator, bid(LOCAL, 21)).accepted()).isTrue();
        assertThat(sent(administrator, MassCancel.allInstruments(NOW, LOCAL)).accepted()).isTrue();
        refused(administrator, bid(WANGS, 22),
                "administrator 'li' may not send PLACE_ORDER for account 2002: it trades account 1001");
        assertThat(administrator.users().users()).extracting(user -> user.login()).containsExactly("chen", "li", "wang");
    }

    @Test
    void only_an_administrator_opens_accounts_with_the_desks_firm_and_cash_and_opening_again_sends_nothing() {
        String admin = ": only an administrator sends firm, account, catalogue and clearing administration";
        long before = sent(administrator, new TimeTick(NOW)).sequence();
        assertThatThrownBy(() -> trader.openAccounts(List.of(4004L), AccountTerms.DESK)).isInstanceOf(CommandNotPermitted.class)
                .hasMessage("trader 'wang' may not send OPEN_ACCOUNT" + admin);
        assertThatThrownBy(() -> riskOfficer.openAccounts(List.of(WANGS), AccountTerms.DESK)).isInstanceOf(CommandNotPermitted.class)
                .hasMessage("risk officer 'chen' may not send OPEN_ACCOUNT" + admin);
        assertThat(sent(administrator, new TimeTick(NOW)).sequence()).as("nothing refused was journalled")
                .isEqualTo(before + 1);

        assertThat(administrator.openAccounts(List.of(4004L, LocalTrader.ACCOUNT, 4004L), AccountTerms.DESK)).as("1001 is open").containsExactly(4004L);
        assertThat(desk.ask(engine -> engine.hasAccount(4004)).join()).isTrue();
        assertThat(desk.ask(engine -> engine.cash(4004)).join()).isEqualTo(LocalTrader.STARTING_CASH);
        long opened = sent(administrator, new TimeTick(NOW)).sequence();
        assertThat(administrator.openAccounts(List.of(4004L), AccountTerms.DESK)).isEmpty();
        assertThat(sent(administrator, new TimeTick(NOW)).sequence()).as("opening again sent nothing")
                .isEqualTo(opened + 1);
    }

    @Test
    void an_administrator_chooses_the_firm_and_cash_and_terms_that_do_not_fit_are_refused_before_anything_is_sent() {
        AccountTerms jade = AccountTerms.parse("300", "Jade Capital", "250,000.50");
        assertThat(administrator.openAccounts(List.of(5005L), jade)).containsExactly(5005L);
        assertThat(desk.ask(engine -> engine.hasFirm(300)).join()).as("the new firm registered").isTrue();
        assertThat(desk.ask(engine -> engine.cash(5005)).join()).isEqualTo(25_000_050L);
        assertThat(desk.ask(engine -> engine.accountStandings().stream().filter(s -> s.account() == 5005)
                .findFirst().orElseThrow().firmId()).join()).isEqualTo(300L);
        assertThat(administrator.openAccounts(List.of(5006L), AccountTerms.parse("300", "", "0")))
                .as("a registered firm needs no name; no cash, no deposit").containsExactly(5006L);
        assertThat(desk.ask(engine -> engine.cash(5006)).join()).isZero();

        long before = sent(administrator, new TimeTick(NOW)).sequence();
        assertThatThrownBy(() -> administrator.openAccounts(List.of(6006L, 5005L), AccountTerms.DESK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firm: account 5005 is open already under firm 300, not 100: nothing sent");
        assertThatThrownBy(() -> administrator.openAccounts(List.of(6006L), AccountTerms.parse("400", " ", "10")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firm name: firm 400 is not on the exchange yet; give its name to register it: nothing sent");
        assertThatThrownBy(() -> administrator.accountsToOpen(List.of(1L), AccountTerms.DESK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("account: 1 is open already as the ");
        assertThat(sent(administrator, new TimeTick(NOW)).sequence()).as("nothing was sent").isEqualTo(before + 1);
        assertThat(desk.ask(engine -> engine.hasAccount(6006) || engine.hasFirm(400)).join()).isFalse();
    }

    @Test
    void terms_as_typed_are_refused_naming_the_field() {
        assertThat(AccountTerms.parse(" 200 ", "Jade", "1,000,000").described()).isEqualTo("firm 200, 1,000,000 CNY");
        assertThat(AccountTerms.parse("200", "Jade", "0.5").described()).isEqualTo("firm 200, 0.50 CNY");
        assertThatThrownBy(() -> AccountTerms.parse("x2", "", "1")).hasMessage("firm: must be a firm number above 0, was 'x2'");
        assertThatThrownBy(() -> AccountTerms.parse("0", "", "1")).hasMessage("firm: must be a firm number above 0, was 0");
        assertThatThrownBy(() -> AccountTerms.parse("200", "", "-5"))
                .hasMessage("cash: must be 0 to 10,000,000,000 CNY, was -5 CNY");
        assertThatThrownBy(() -> AccountTerms.parse("200", "", "1e13"))
                .hasMessage("cash: must be 0 to 10,000,000,000 CNY, was 10,000,000,000,000 CNY");
        assertThatThrownBy(() -> AccountTerms.parse("200", "", "1.005"))
                .hasMessage("cash: must be an amount in CNY with at most two decimals, was '1.005'");
        assertThatThrownBy(() -> AccountTerms.parse("200", "", "lots"))
                .hasMessage("cash: must be an amount in CNY with at most two decimals, was 'lots'");
    }

    @Test
    void a_wrong_password_says_not_which_was_wrong_and_the_next_try_waits() {
        MovingClock clock = new MovingClock();
        DeskSignIn signIn = new DeskSignIn(desk, store, clock);

        assertThatThrownBy(() -> signIn.signIn("wang", "east-west-8".toCharArray()))
                .isInstanceOf(SignInRefused.class).hasMessage("wrong user name or password (the next try waits 1 s)");
        assertThatThrownBy(() -> signIn.signIn("wang", "east-west-9".toCharArray()))
                .hasMessage("too many failed sign-ins: try again in 1 s");
        Texts.use(Language.CHINESE);
        try {
            assertThat(RefusalWords.signIn((SignInRefused) catchThrowable(() -> signIn.signIn("wang", "x".toCharArray()))))
                    .isEqualTo("登录失败次数过多：请 1 秒后再试");
        } finally {
            Texts.use(Language.ENGLISH);
        }
        clock.pass(1_000);
        SignInRefused wrong = (SignInRefused) catchThrowable(() -> signIn.signIn("nobody", "east-west-9".toCharArray()));
        assertThat(wrong).hasMessage("wrong user name or password (the next try waits 2 s)");
        assertThat(RefusalWords.signIn(wrong)).isEqualTo("Wrong user name or password (the next try waits 2 s)");
        clock.pass(2_000);

        assertThat(signIn.signIn("wang", "east-west-9".toCharArray()).user().role()).isEqualTo(UserRole.TRADER);
        assertThatThrownBy(() -> signIn.signIn("wang", "".toCharArray()))
                .hasMessage("wrong user name or password (the next try waits 1 s)");
    }
}
