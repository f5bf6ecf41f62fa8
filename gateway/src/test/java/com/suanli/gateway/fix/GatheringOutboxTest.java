package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The gathered messages' bytes are those QuickFIX/J's encoder writes for the same text. */
class GatheringOutboxTest {

    @Test
    void aMessageIsWrittenAsItsIso88591BytesAfterTheOnesBefore() {
        byte[] into = new byte[64];
        String report = "8=FIX.4.4\u00019=5\u000135=8\u000110=123\u0001";
        String text = "58=ünicode 价格\u0001";

        int end = GatheringOutbox.latin1(text, into, GatheringOutbox.latin1(report, into, 0));

        byte[] expected = (report + text).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(end).isEqualTo(expected.length);
        assertThat(Arrays.copyOf(into, end)).isEqualTo(expected);
        assertThat(new String(into, report.length() + 3, 8, StandardCharsets.ISO_8859_1)).isEqualTo("ünicode ");
        assertThat(into[end - 3]).as("a character ISO-8859-1 has not").isEqualTo((byte) '?');
    }
}
