package com.suanli.desk.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
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
