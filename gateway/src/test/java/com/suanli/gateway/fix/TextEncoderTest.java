package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bytes written are those {@code getBytes} gives for the same text in the same charset, after what stood before. */
class TextEncoderTest {

    private static final String REPORT = "8=FIX.4.4\u00019=5\u000135=8\u000110=123\u0001";
    private static final String TEXT = "58=ünicode 价格 \uD83D\uDE00 \uD800\u0001";

    @Test
    void iso88591IsWhatQuickFixJsEncoderWritesACharacterItHasNotAQuestionMark() {
        byte[] into = written(StandardCharsets.ISO_8859_1);

        assertThat(new String(into, REPORT.length() + 3, 8, StandardCharsets.ISO_8859_1)).isEqualTo("ünicode ");
        assertThat(into[REPORT.length() + 11]).as("a character ISO-8859-1 has not").isEqualTo((byte) '?');
    }

    @Test
    void utf8IsGetBytesALoneSurrogateAQuestionMark() {
        written(StandardCharsets.UTF_8);
    }

    @Test
    void aTextLongerThanTheReusedCharactersIsWrittenWhole() {
        String longer = "58=" + "x".repeat(2_000) + "é\u0001";
        TextEncoder encoder = new TextEncoder(StandardCharsets.UTF_8);
        byte[] into = new byte[encoder.most(longer.length())];

        int end = encoder.write(longer, into, 0);

        assertThat(Arrays.copyOf(into, end)).isEqualTo(longer.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noRoomIsRefusedNotCutShort() {
        TextEncoder encoder = new TextEncoder(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> encoder.write(REPORT, new byte[10], 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The report, then the text after it, as {@code getBytes} writes them both; the array as written. */
    private static byte[] written(Charset charset) {
        TextEncoder encoder = new TextEncoder(charset);
        byte[] into = new byte[encoder.most(REPORT.length() + TEXT.length())];

        int end = encoder.write(TEXT, into, encoder.write(REPORT, into, 0));

        byte[] expected = (REPORT + TEXT).getBytes(charset);
        assertThat(end).isEqualTo(expected.length);
        assertThat(Arrays.copyOf(into, end)).isEqualTo(expected);
        return into;
    }
}
