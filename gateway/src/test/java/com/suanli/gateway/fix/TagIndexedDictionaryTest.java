package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import quickfix.DataDictionary;
import quickfix.DefaultDataDictionaryProvider;
import quickfix.Message;
import quickfix.MessageUtils;
import quickfix.field.ApplVerID;

/**
 * The tag-indexed dictionary answers every tag as QuickFIX/J's own, keeps its validation settings, finds the same
 * faults in a received order, and takes the place of a session's dictionaries.
 */
class TagIndexedDictionaryTest {

    private static final char SOH = '\u0001';

    @Test
    void everyTagIsAnsweredAsTheDictionaryAnswersIt() throws Exception {
        DataDictionary source = new DataDictionary("FIX44.xml");
        TagIndexedDictionary indexed = new TagIndexedDictionary(source);
        int beyond = Arrays.stream(source.getOrderedFields()).max().orElseThrow() + 100;

        for (int tag = -1; tag <= beyond; tag++) {
            assertThat(indexed.getFieldType(tag)).as("type of %d", tag).isEqualTo(source.getFieldType(tag));
            assertThat(indexed.isDataField(tag)).as("data %d", tag).isEqualTo(source.isDataField(tag));
            assertThat(indexed.hasFieldValue(tag)).as("values of %d", tag).isEqualTo(source.hasFieldValue(tag));
        }
        assertThat(indexed.isDataField(96)).isTrue(); // RawData
        assertThat(indexed.hasFieldValue(54)).isTrue(); // Side's enumeration
        assertThat(indexed.hasFieldValue(11)).isFalse(); // ClOrdID, free text
    }

    @Test
    void theValidationSettingsAreCopied() throws Exception {
        DataDictionary source = new DataDictionary("FIX44.xml");
        source.setCheckFieldsOutOfOrder(false);
        source.setCheckUnorderedGroupFields(false);
        source.setCheckFieldsHaveValues(false);
        source.setCheckUserDefinedFields(false);
        source.setAllowUnknownMessageFields(true);

        TagIndexedDictionary indexed = new TagIndexedDictionary(source);

        assertThat(indexed.isCheckFieldsOutOfOrder()).isFalse();
        assertThat(indexed.isCheckUnorderedGroupFields()).isFalse();
        assertThat(indexed.isCheckFieldsHaveValues()).isFalse();
        assertThat(indexed.isCheckUserDefinedFields()).isFalse();
        assertThat(indexed.isAllowUnknownMessageFields()).isTrue();
    }

    @Test
    void aReceivedOrderPassesOrFailsAsWithTheDictionary() throws Exception {
        DataDictionary source = new DataDictionary("FIX44.xml");
        TagIndexedDictionary indexed = new TagIndexedDictionary(source);
        String[] orders = {
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|54=1"
                + "|55=X|59=0|60=20261204-06:30:01.230|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|55=X"
                + "|60=20261204-06:30:01.230|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=abc|40=2|44=1|54=1"
                + "|55=X|60=20261204-06:30:01.230|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|54=7"
                + "|55=X|60=20261204-06:30:01.230|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|54=1"
                + "|55=X|60=20261204-06:30:01.230|9999=1|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|54=1"
                + "|55=X|58=|60=20261204-06:30:01.230|",
        };
        for (String body : orders) {
            String text = fix(body);
            Throwable ours = catchThrowable(() -> indexed.validate(
                    MessageUtils.parse(new InboundMessages(), indexed, text)));
            Throwable theirs = catchThrowable(() -> source.validate(
                    MessageUtils.parse(new InboundMessages(), source, text)));
            if (theirs == null) {
                assertThat(ours).as(body).isNull();
            } else {
                assertThat(ours).as(body).isNotNull().hasSameClassAs(theirs).hasMessage(theirs.getMessage());
            }
        }
    }

    @Test
    void itTakesThePlaceOfASessionsDictionaries() throws Exception {
        DataDictionary source = new DataDictionary("FIX44.xml");
        DefaultDataDictionaryProvider provider = new DefaultDataDictionaryProvider(false);
        provider.addTransportDictionary("FIX.4.4", source);
        provider.addApplicationDictionary(MessageUtils.toApplVerID("FIX.4.4"), source);

        TagIndexedDictionary.install(provider, "FIX.4.4");
        DataDictionary installed = provider.getSessionDataDictionary("FIX.4.4");
        TagIndexedDictionary.install(provider, "FIX.4.4");

        assertThat(installed).isInstanceOf(TagIndexedDictionary.class);
        assertThat(provider.getApplicationDataDictionary(new ApplVerID(ApplVerID.FIX44))).isSameAs(installed);
        assertThat(provider.getSessionDataDictionary("FIX.4.4")).as("installed once").isSameAs(installed);
    }

    /** {@code |} for SOH, with BodyLength and CheckSum filled in. */
    private static String fix(String fields) {
        String text = fields.replace('|', SOH);
        int bodyStart = text.indexOf(SOH, text.indexOf("9=")) + 1;
        String body = text.substring(bodyStart);
        String message = text.substring(0, text.indexOf("9=")) + "9=" + body.length() + SOH + body;
        int sum = 0;
        for (int i = 0; i < message.length(); i++) {
            sum += message.charAt(i);
        }
        return message + "10=" + String.format("%03d", sum & 0xFF) + SOH;
    }
}
