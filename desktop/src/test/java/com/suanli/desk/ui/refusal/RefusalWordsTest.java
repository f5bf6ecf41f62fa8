package com.suanli.desk.ui.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.suanli.cluster.client.NoLeader;
import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.desk.ui.text.Language;
import com.suanli.desk.ui.text.Texts;
import com.suanli.desk.ui.trading.CommandOutcome;
import com.suanli.desk.ui.trading.TraderFixture;
import com.suanli.desk.ui.workspace.UserLayouts;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.exchange.listing.ContractSpec;
import com.suanli.pricing.basics.InputRefused;
import com.suanli.pricing.market.VolSmile;
import com.suanli.pricing.option.Black76;
import com.suanli.pricing.option.PutCall;
import com.suanli.pricing.risk.ValueAtRisk;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exchange's refusals worded by their codes: English keeps the engine's codes, Chinese has a phrase for every
 * reason and command the engine has, and a code the bundles do not know shows the exchange's own text. (The host's
 * role and sign-in refusals are worded in {@code DeskSessionTest}, from refusals of the real host.)
 */
class RefusalWordsTest {

    private static final String BAND = "price 9999 is above the band's high 2400 of H100-GZ-2027M06";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void english_names_a_refusal_by_the_engines_code_and_keeps_its_words() {
        assertThat(CommandOutcome.refused(RejectReason.OUTSIDE_PRICE_BAND, BAND).describe())
                .isEqualTo("refused OUTSIDE_PRICE_BAND: " + BAND);
        assertThat(CommandOutcome.refused(RejectReason.QUOTE_EMPTY, "").describe()).isEqualTo("refused QUOTE_EMPTY");
        assertThat(RefusalWords.reason(RejectReason.INSUFFICIENT_MARGIN)).isEqualTo("INSUFFICIENT_MARGIN");
        assertThat(RefusalWords.command(RejectedCommand.MASS_CANCEL)).isEqualTo("MASS_CANCEL");
    }

    @Test
    void chinese_words_the_reason_and_keeps_the_exchanges_detail() {
        Texts.use(Language.CHINESE);

        assertThat(CommandOutcome.refused(RejectReason.OUTSIDE_PRICE_BAND, BAND).describe())
                .isEqualTo("被拒绝 价格超出涨跌停板：" + BAND);
        assertThat(CommandOutcome.refused(RejectReason.INSUFFICIENT_MARGIN, "").describe()).isEqualTo("被拒绝 保证金不足");
        assertThat(RefusalWords.command(RejectedCommand.PLACE_ORDER)).isEqualTo("下单");
    }

    @Test
    void every_reason_and_command_of_the_engine_has_chinese_words_of_its_own() {
        Texts.use(Language.CHINESE);

        assertThat(RejectReason.values()).allSatisfy(reason ->
                assertThat(RefusalWords.reason(reason)).as(reason.name()).containsPattern(HAN));
        assertThat(RejectedCommand.values()).allSatisfy(command ->
                assertThat(RefusalWords.command(command)).as(command.name()).containsPattern(HAN));
        assertThat(Arrays.stream(RejectReason.values()).map(RefusalWords::reason).distinct())
                .as("no two reasons worded alike").hasSize(RejectReason.values().length);
    }

    @Test
    void a_code_the_bundles_do_not_know_shows_the_exchanges_own_text() {
        String detail = "12 orders in the last second";
        assertThat(RefusalWords.engine("RATE_LIMITED", detail)).isEqualTo("refused RATE_LIMITED: " + detail);

        Texts.use(Language.CHINESE);

        assertThat(RefusalWords.reason("RATE_LIMITED")).isEqualTo("RATE_LIMITED");
        assertThat(RefusalWords.engine("RATE_LIMITED", detail)).isEqualTo("被拒绝 RATE_LIMITED：" + detail);
    }

    @Test
    void every_cancel_reason_of_the_engine_has_a_key_in_both_bundles() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
            ResourceBundle bundle = ResourceBundle.getBundle("com.suanli.desk.ui.text.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(CancelReason.values()).as("%s bundle", locale).allSatisfy(reason ->
                    assertThat(bundle.containsKey("term.CancelReason." + reason.name())).as(reason.name()).isTrue());
        }
    }

    @Test
    void english_names_a_cancellation_by_the_engines_code() {
        assertThat(RefusalWords.cancellation(CancelReason.USER)).isEqualTo("USER");
        assertThat(RefusalWords.cancellation(null)).as("an order not cancelled").isEmpty();
    }

    @Test
    void chinese_words_every_cancel_reason_each_its_own_way() {
        Texts.use(Language.CHINESE);

        assertThat(CancelReason.values()).allSatisfy(reason ->
                assertThat(RefusalWords.cancellation(reason)).as(reason.name()).containsPattern(HAN)
                        .doesNotContain(reason.name()));
        assertThat(Arrays.stream(CancelReason.values()).map(RefusalWords::cancellation).distinct())
                .as("no two reasons worded alike").hasSize(CancelReason.values().length);
    }

    @Test
    void the_detail_names_the_field_and_the_rule_from_the_contracts_terms_in_either_language() {
        ContractSpec h100 = TraderFixture.GUIZHOU.bySymbol("H100-GZ-2027M06");
        assertThat(h100.priceBandBps()).isEqualTo(1000);
        assertThat(h100.maxOrderLots()).isEqualTo(500);
        assertThat(RefusalWords.detail(RejectReason.OUTSIDE_PRICE_BAND, 1001, Optional.of(h100)))
                .isEqualTo("price: must lie within 10% either side of the reference price of " + h100.symbol());
        assertThat(RefusalWords.detail(RejectReason.QUANTITY_ABOVE_MAX, 1001, Optional.of(h100)))
                .isEqualTo("quantity: more than the largest order in " + h100.symbol() + ", 500 lots");
        assertThat(RefusalWords.detail(RejectReason.INSUFFICIENT_MARGIN, 1001, Optional.empty()))
                .startsWith("account 1001: ");
        assertThat(RefusalWords.detail(RejectReason.DUPLICATE_FIRM, 1001, Optional.empty()))
                .as("a reason the trader cannot cause: its name says it").isEmpty();

        Texts.use(Language.CHINESE);

        assertThat(RefusalWords.detail(RejectReason.OUTSIDE_PRICE_BAND, 1001, Optional.of(h100)))
                .isEqualTo("价格：须在 " + h100.symbol() + " 参考价上下 10% 以内");
        assertThat(CommandOutcome.refused(RejectReason.OUTSIDE_PRICE_BAND,
                RefusalWords.detail(RejectReason.OUTSIDE_PRICE_BAND, 1001, Optional.of(h100))).describe())
                .isEqualTo("被拒绝 价格超出涨跌停板：价格：须在 " + h100.symbol() + " 参考价上下 10% 以内");
    }

    @Test
    void every_detail_has_both_languages_and_the_chinese_has_no_english_word() {
        Pattern english = Pattern.compile("[A-Za-z]{3,}");
        for (RejectReason reason : RejectReason.values()) {
            Texts.use(Language.ENGLISH);
            boolean worded = !RefusalWords.detail(reason, 1001, Optional.empty()).isEmpty();
            Texts.use(Language.CHINESE);
            String chinese = RefusalWords.detail(reason, 1001, Optional.empty());
            assertThat(!chinese.isEmpty()).as(reason.name()).isEqualTo(worded);
            assertThat(chinese).as(reason.name()).doesNotContainPattern(english);
        }
    }

    /** What the pricing library refuses, as a scenario run or a calculator meets it. */
    private static InputRefused refusedBy(Runnable pricing) {
        try {
            pricing.run();
        } catch (InputRefused refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_pricing_librarys_refusals_name_the_field_and_the_reason_by_their_codes_in_either_language() {
        double[] sixty = new double[60];
        InputRefused tooFew = refusedBy(() -> ValueAtRisk.valueAtRisk(sixty, 0.99));
        InputRefused premium = refusedBy(() -> Black76.DEFAULT.impliedVolatility(PutCall.CALL, 20, 20, 0.5, 0.02, 25));
        InputRefused smile = refusedBy(() -> VolSmile.of(LocalDate.of(2027, 1, 20), new double[] {22, 19},
                new double[] {0.8, 0.8}));
        assertThat(tooFew).hasMessageStartingWith("pnl: 60 scenarios are too few");

        assertThat(RefusalWords.known(new CompletionException(tooFew)))
                .contains("scenarios: 60 are too few for a VaR at 99%: it needs at least 100");
        assertThat(RefusalWords.pricing(premium)).startsWith("premium: 25 is outside the no-arbitrage bounds: "
                + "must lie between 0 and 19.801");
        assertThat(RefusalWords.pricingReason(smile)).isEqualTo("must be positive and strictly rising");

        Texts.use(Language.CHINESE);

        assertThat(RefusalWords.known(new CompletionException(tooFew)))
                .contains("情景：60 个情景不足以计算置信度 99% 的风险价值：至少需要 100 个");
        assertThat(RefusalWords.pricing(premium)).startsWith("权利金：25 超出无套利区间：须在 0 与 19.801 之间");
        assertThat(RefusalWords.pricingReason(smile)).isEqualTo("须为正数且严格递增");
    }

    @Test
    void every_rule_of_the_pricing_library_has_both_languages_and_the_chinese_has_no_english_word() {
        Pattern english = Pattern.compile("[A-Za-z]{3,}");
        for (InputRefused.Rule rule : InputRefused.Rule.values()) {
            InputRefused refused = new InputRefused("pnl", rule, "pnl: English", 1, 0.5, 2);
            Texts.use(Language.ENGLISH);
            assertThat(RefusalWords.pricing(refused)).as(rule.name()).startsWith("scenarios: ")
                    .doesNotContain("pricing.rule");
            Texts.use(Language.CHINESE);
            assertThat(RefusalWords.pricing(refused)).as(rule.name()).startsWith("情景：")
                    .doesNotContainPattern(english);
        }
    }

    @Test
    void any_other_failure_is_worded_by_its_kind_and_keeps_english_words_out_of_the_chinese_desk(@TempDir Path dir) {
        // The layout's own writer, as the desk keeps a user's layout, on a database without the settings' table.
        DeskStore store = DeskStore.open(StoreAddress.file(dir.resolve("desk")), FileKey.NONE);
        store.transaction(connection -> connection.createStatement().execute("DROP TABLE user_settings CASCADE"));
        Throwable unsaved = catchThrowable(() -> new UserLayouts(() -> Optional.of(store), "li").write("{}"));
        store.close();
        Throwable gone = new UncheckedIOException(new NoSuchFileException("/tmp/keys.properties"));
        Throwable unexpected = new CompletionException(new IllegalStateException("queue full"));

        assertThat(RefusalWords.failure(unsaved)).startsWith("the database failed (H2 error 42102): ")
                .contains(dir.toString());
        assertThat(RefusalWords.failure(gone)).startsWith("no such file: /tmp/keys.properties: ");
        assertThat(RefusalWords.failure(unexpected)).isEqualTo("unexpected IllegalStateException: queue full");

        Texts.use(Language.CHINESE);

        assertThat(RefusalWords.failure(unsaved)).isEqualTo("数据库出错（H2 错误码 42102）");
        assertThat(RefusalWords.failure(gone)).isEqualTo("没有该文件：/tmp/keys.properties");
        assertThat(RefusalWords.failure(unexpected)).isEqualTo("意外错误 IllegalStateException");
        assertThat(Texts.format("layout.notKept", RefusalWords.failure(unsaved)))
                .isEqualTo("未能保存您的布局：数据库出错（H2 错误码 42102）");
    }

    @Test
    void a_cluster_without_a_leader_refuses_in_the_desks_language() {
        NoLeader none = new NoLeader("0=127.0.0.1:21002,1=127.0.0.1:21102", Duration.ofSeconds(30));
        assertThat(CommandOutcome.notSent(RefusalWords.known(new CompletionException(none)).orElseThrow()).describe())
                .isEqualTo("not sent: cluster: no leader: none of the members at 0=127.0.0.1:21002,1=127.0.0.1:21102"
                        + " answered within 30 s");

        Texts.use(Language.CHINESE);

        assertThat(CommandOutcome.notSent(RefusalWords.known(new CompletionException(none)).orElseThrow()).describe())
                .isEqualTo("未发送：集群无主节点：0=127.0.0.1:21002,1=127.0.0.1:21102 处的成员在 30 秒内均无应答")
                .doesNotContainPattern("[A-Za-z]{3,}");
    }
}
