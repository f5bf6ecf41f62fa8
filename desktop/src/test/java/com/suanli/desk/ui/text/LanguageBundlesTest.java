package com.suanli.desk.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.suanli.data.session.RecordingStatus;
import com.suanli.exchange.engine.session.SessionState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LanguageBundlesTest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void everyEnglishPhraseHasAChinesePhraseWithTheSamePlaceholders() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(chinese.getProperty(key)))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void theChosenLanguageGivesItsPhrases() {
        Texts.use(Language.CHINESE);
        assertThat(Texts.get("app.title")).isEqualTo("算力交易台");
        assertThat(Texts.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        Texts.use(Language.ENGLISH);
        assertThat(Texts.get("app.title")).isEqualTo("Suanli Desk");
    }

    @Test
    void aLanguageSettingIsReadOrRefusedByName() {
        assertThat(Language.of("zh", Locale.US)).isEqualTo(Language.CHINESE);
        assertThat(Language.of(" system ", Locale.CHINA)).isEqualTo(Language.CHINESE);
        assertThat(Language.of("", Locale.GERMANY)).isEqualTo(Language.ENGLISH);
        assertThatThrownBy(() -> Language.of("fr", Locale.US))
                .hasMessage("language: must be en, zh or system, was 'fr'");
    }

    @Test
    void theDeskRiskLineCountsOneAccountAndOnePositionInTheSingular() {
        assertThat(Texts.format("risk.desk.status", 1, 1, 0, "2026-12-04"))
                .isEqualTo("1 account · 1 position priced · 0 not priced (spot or expired) · as of 2026-12-04");
        assertThat(Texts.format("risk.desk.status", 3, 1200, 2, "2026-12-04"))
                .isEqualTo("3 accounts · 1,200 positions priced · 2 not priced (spot or expired) · as of 2026-12-04");
        assertThat(Texts.format("risk.desk.status", 0, 0, 0, "2026-12-04")).startsWith("0 accounts · 0 positions priced");
    }

    @Test
    void aPhraseFormattedAgainFollowsTheLanguageAndEachThreadFormatsItsOwn() throws Exception {
        assertThat(Texts.format("chart.depth.bid", 1200, 3)).isEqualTo("1,200 lots bid on 3 levels");
        Texts.use(Language.CHINESE);
        assertThat(Texts.format("chart.depth.bid", 1200, 3)).isEqualTo("3 个价位买盘共 1,200 手");
        Texts.use(Language.ENGLISH);
        assertThat(Texts.format("chart.depth.bid", 5, 1)).isEqualTo("5 lots bid on 1 level");
        // Threads formatting the same key at once each get their own figures (a shared MessageFormat mixes them).
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int lots = 1_000 * (thread + 1);
                all.add(threads.submit(() -> IntStream.range(0, 5_000).allMatch(i -> Texts.format("chart.depth.bid",
                        lots + i, 2).equals(String.format(Locale.ENGLISH, "%,d lots bid on 2 levels", lots + i)))));
            }
            for (Future<Boolean> each : all) {
                assertThat(each.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aReplayedSessionStateAndARecordingStatusAreWordedInChinese() {
        Texts.use(Language.CHINESE);
        assertThat(Arrays.stream(SessionState.values()).map(Texts::term))
                .containsExactly("休市", "集合竞价", "连续交易", "暂停交易", "已到期");
        assertThat(Arrays.stream(RecordingStatus.values()).map(Texts::term)).containsExactly("录制中", "已完成", "失败");
        Texts.use(Language.ENGLISH);
        assertThat(Texts.term(SessionState.CONTINUOUS)).isEqualTo("CONTINUOUS");
        assertThat(Texts.term(RecordingStatus.COMPLETE)).isEqualTo("COMPLETE");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static int placeholders(String phrase) {
        return new MessageFormat(phrase).getFormatsByArgumentIndex().length;
    }
}
