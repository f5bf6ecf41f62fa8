package com.suanli.desk.ui.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import com.suanli.desk.access.AccessRule;
import com.suanli.exchange.engine.event.CancelReason;
import com.suanli.exchange.engine.event.RejectReason;
import com.suanli.exchange.engine.event.RejectedCommand;
import com.suanli.pricing.basics.InputRefused;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code a refusal is worded by has its words in both bundles, English and Chinese, each read without falling
 * back to the other: a code added to the engine, the host or the pricing library without its words fails here
 * rather than showing its English (or its bare code) on a Chinese desk.
 */
class RefusalBundlesTest {

    /** The inputs the pricing library names in its refusals ({@code new InputRefused(field, ...)}). */
    private static final List<String> PRICING_FIELDS = List.of("premium", "strikes", "vols", "date", "month",
            "curves", "volSurfaces", "fixings", "outageRates", "fxRates", "pnl", "histories", "monteCarlo.paths",
            "unitPowerKw", "hubs");
    /** The host's role rules, by the words each is refused in ({@link RefusalWords#access}). */
    private static final Map<AccessRule, String> ACCESS = Map.of(AccessRule.ADMINISTRATION, "administration",
            AccessRule.RISK_OFFICER_TRADES, "risk-officer", AccessRule.ACCOUNT_NOT_GRANTED, "account",
            AccessRule.USERS, "users", AccessRule.RISK_OFFICER_BUYS, "risk-officer-buys");

    @Test
    void every_refusal_code_has_its_words_in_english_and_in_chinese() {
        List<String> keys = new ArrayList<>();
        keys.addAll(keys("term.RejectReason.", RejectReason.values()));
        keys.addAll(keys("term.RejectedCommand.", RejectedCommand.values()));
        keys.addAll(keys("term.CancelReason.", CancelReason.values()));
        keys.addAll(keys("pricing.rule.", InputRefused.Rule.values()));
        PRICING_FIELDS.forEach(field -> keys.add("pricing.field." + field));
        assertThat(ACCESS).as("every access rule worded").containsOnlyKeys(AccessRule.values());
        ACCESS.values().forEach(words -> keys.add("refusal.access." + words));
        Stream.of("wrong", "too-soon").forEach(kind -> keys.add("refusal.sign-in." + kind));

        for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
            ResourceBundle bundle = bundle(locale);
            assertThat(keys).as("the %s bundle", locale.equals(Locale.ROOT) ? "English" : "Chinese")
                    .allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
        }
    }

    @Test
    void a_rejects_detail_is_worded_in_both_languages_or_in_neither() {
        for (RejectReason reason : RejectReason.values()) {
            String key = "refusal.detail." + reason.name();
            assertThat(bundle(Locale.SIMPLIFIED_CHINESE).containsKey(key)).as(key)
                    .isEqualTo(bundle(Locale.ROOT).containsKey(key));
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("com.suanli.desk.ui.text.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static List<String> keys(String prefix, Enum<?>[] codes) {
        return Arrays.stream(codes).map(code -> prefix + code.name()).toList();
    }
}
