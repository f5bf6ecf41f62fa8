package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import quickfix.DataDictionary;
import quickfix.Message;
import quickfix.UtcTimestampPrecision;
import quickfix.field.BeginString;
import quickfix.field.MsgSeqNum;
import quickfix.field.PossDupFlag;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.TargetCompID;
import quickfix.field.TargetSubID;

/**
 * A report written as text must be the very text QuickFIX/J writes for the same fields: the oracle is
 * QuickFIX/J itself, parsing the text against the FIX 4.4 dictionary and writing the parsed message again.
 */
class EncodedMessageTest {

    private static final char SOH = '\u0001';

    /** What {@code Session.send} puts in the header before it asks for the text. */
    private static void stampAsTheSessionDoes(Message message, int sequence) {
        Message.Header header = message.getHeader();
        header.setString(BeginString.FIELD, "FIX.4.4");
        header.setString(SenderCompID.FIELD, "SUANLI");
        header.setString(TargetCompID.FIELD, "ACME");
        header.setInt(MsgSeqNum.FIELD, sequence);
        header.setUtcTimeStamp(SendingTime.FIELD, LocalDateTime.of(2026, 12, 2, 2, 0, 1, 12_000_000),
                UtcTimestampPrecision.MILLIS);
    }

    private static EncodedMessage fill(EncodedMessage message) {
        return message.start("8").field(1, 2001).field(6, "21.03").field(11, "B1").field(14, 2)
                .id(17, 'E', 1009, 8).field(31, "21.03").field(32, 2).field(37, 8).field(38, 2).field(39, '2')
                .field(40, '2').field(44, "21.03").field(54, '1').field(55, "H100-JJJ-2027M02").field(59, '1')
                .field(60, "20261202-02:00:02.000").field(150, 'F').field(151, 0);
    }

    @Test
    void aFillIsWrittenAsQuickFixJWritesTheSameFieldsAndPassesTheFix44Dictionary() throws Exception {
        EncodedMessage report = fill(new EncodedMessage());
        stampAsTheSessionDoes(report, 3);

        String text = report.toString();
        DataDictionary dictionary = new DataDictionary("FIX44.xml");
        Message parsed = new Message(text, dictionary, true);
        dictionary.validate(parsed);

        assertThat(parsed.toString()).isEqualTo(text);
        assertThat(text).startsWith("8=FIX.4.4" + SOH + "9=").contains(SOH + "35=8" + SOH + "34=3" + SOH
                + "49=SUANLI" + SOH + "52=20261202-02:00:01.012" + SOH + "56=ACME" + SOH + "1=2001" + SOH);
        assertThat(parsed.getString(17)).isEqualTo("E1009-8");
        assertThat(parsed.getString(55)).isEqualTo("H100-JJJ-2027M02");
    }

    @Test
    void sendingTimeInMillisecondsIsTheTextQuickFixJWrites() throws Exception {
        LocalDateTime sent = LocalDateTime.of(2026, 12, 4, 23, 59, 59, 987_654_321);
        Message plain = new Message();
        plain.getHeader().setUtcTimeStamp(SendingTime.FIELD, sent, UtcTimestampPrecision.MILLIS);
        EncodedMessage encoded = new EncodedMessage();
        encoded.getHeader().setUtcTimeStamp(SendingTime.FIELD, sent, UtcTimestampPrecision.MILLIS);
        EncodedMessage micros = new EncodedMessage();
        micros.getHeader().setUtcTimeStamp(SendingTime.FIELD, sent, UtcTimestampPrecision.MICROS);

        assertThat(encoded.getHeader().getString(SendingTime.FIELD)).isEqualTo("20261204-23:59:59.987")
                .isEqualTo(plain.getHeader().getString(SendingTime.FIELD));
        assertThat(micros.getHeader().getString(SendingTime.FIELD)).isEqualTo("20261204-23:59:59.987654");
    }

    @Test
    void aReusedMessageKeepsNothingOfTheOneBefore() throws Exception {
        EncodedMessage message = fill(new EncodedMessage());
        stampAsTheSessionDoes(message, 3);
        message.toString();

        message.start("8").field(1, 2002).field(6, "0").field(11, "B2").field(14, 0).id(17, 'E', 1010, -1)
                .field(37, 9).field(38, 1).field(39, '0').field(40, '2').field(44, "21.01").field(54, '2')
                .field(55, "H100-JJJ-2027M02").field(59, '0').field(60, "20261202-02:00:03.000").field(150, '0')
                .field(151, 1);
        stampAsTheSessionDoes(message, 4);
        Message parsed = new Message(message.toString(), new DataDictionary("FIX44.xml"), true);

        assertThat(parsed.getString(17)).isEqualTo("E1010");
        assertThat(parsed.isSetField(31)).isFalse();
        assertThat(parsed.isSetField(32)).isFalse();
        assertThat(parsed.getHeader().getInt(MsgSeqNum.FIELD)).isEqualTo(4);
    }

    @Test
    void aHeaderFieldOneSessionStampedIsNotInTheNextSessionsMessage() throws Exception {
        EncodedMessage message = fill(new EncodedMessage());
        stampAsTheSessionDoes(message, 3);
        message.getHeader().setString(TargetSubID.FIELD, "DESK7");
        message.getHeader().setBoolean(PossDupFlag.FIELD, true);
        assertThat(message.toString()).contains(SOH + "57=DESK7" + SOH);

        EncodedMessage cleared = fill(new EncodedMessage());
        fill(message);
        stampAsTheSessionDoes(message, 4);
        stampAsTheSessionDoes(cleared, 4);

        assertThat(message.toString()).isEqualTo(cleared.toString()).doesNotContain("57=").doesNotContain("43=");
    }

    @Test
    void aBodyWrittenOutOfTagOrderIsRefusedNamingBothTags() {
        EncodedMessage message = new EncodedMessage().start("8").field(11, "B1");

        assertThatThrownBy(() -> message.field(6, "0")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tag 6 written after tag 11");
    }
}
