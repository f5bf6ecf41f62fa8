package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.FieldMap;
import quickfix.Message;
import quickfix.MessageFactory;
import quickfix.MessageUtils;
import quickfix.field.SendingTime;

/**
 * A NewOrderSingle made by {@link InboundMessages} holds what QuickFIX/J's generated one holds after the same parse,
 * and the dictionary's validation finds the same fault in it.
 */
class InboundMessagesTest {

    private static final char SOH = '\u0001';

    @Test
    void aNewOrderSingleHoldsTheSameFieldsGroupsAndSendingTime() throws Exception {
        String text = fix("8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234567|56=SUANLI|1=5001|11=A-1"
                + "|38=2|40=2|44=1234.5|453=2|448=P1|447=D|452=3|448=P2|447=D|452=11|54=1|55=H100-YRD-2027M03"
                + "|59=0|60=20261204-06:30:01.230|");
        DataDictionary dictionary = new DataDictionary("FIX44.xml");
        Message ours = MessageUtils.parse(new InboundMessages(), dictionary, text);
        Message theirs = MessageUtils.parse(new DefaultMessageFactory(), dictionary, text);

        assertThat(ours).isNotInstanceOf(quickfix.fix44.NewOrderSingle.class);
        assertThat(fields(ours.getHeader())).isEqualTo(fields(theirs.getHeader()));
        assertThat(fields(ours)).isEqualTo(fields(theirs)).containsEntry(54, "1").containsEntry(44, "1234.5");
        assertThat(ours.getGroupCount(453)).isEqualTo(2);
        assertThat(ours.getGroups(453).get(1).getString(452)).isEqualTo("11");
        assertThat(ours.getHeader().getUtcTimeStamp(SendingTime.FIELD))
                .isEqualTo(theirs.getHeader().getUtcTimeStamp(SendingTime.FIELD));
        dictionary.validate(ours);
    }

    @Test
    void theDictionaryFindsTheSameFaultsInIt() throws Exception {
        DataDictionary dictionary = new DataDictionary("FIX44.xml");
        String[] faulty = {
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|55=X"
                + "|60=20261204-06:30:01.230|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=abc|40=2|44=1|54=1"
                + "|55=X|60=20261204-06:30:01.230|",
            "8=FIX.4.4|9=000|35=D|34=7|49=CLIENT|52=20261204-06:30:01.234|56=SUANLI|11=A-1|38=2|40=2|44=1|54=1"
                + "|55=X|60=20261204-06:30:01.230|9999=1|",
        };
        for (String body : faulty) {
            String text = fix(body);
            Throwable ours = catchThrowable(() -> dictionary.validate(
                    MessageUtils.parse(new InboundMessages(), dictionary, text)));
            Throwable theirs = catchThrowable(() -> dictionary.validate(
                    MessageUtils.parse(new DefaultMessageFactory(), dictionary, text)));
            assertThat(ours).as(body).isNotNull().hasSameClassAs(theirs).hasMessage(theirs.getMessage());
        }
    }

    @Test
    void otherTypesAreQuickFixJsOwn() {
        MessageFactory factory = new InboundMessages();

        assertThat(factory.create("FIX.4.4", "F")).isInstanceOf(quickfix.fix44.OrderCancelRequest.class);
        assertThat(factory.create("FIX.4.4", "3")).isInstanceOf(quickfix.fix44.Reject.class);
    }

    private static Map<Integer, String> fields(FieldMap map) {
        Map<Integer, String> values = new TreeMap<>();
        map.iterator().forEachRemaining(field -> values.put(field.getTag(), field.getObject().toString()));
        return values;
    }

    /** {@code |} for SOH, with BodyLength and CheckSum filled in. */
    private static String fix(String fields) {
        String text = fields.replace('|', SOH);
        int bodyStart = text.indexOf(SOH, text.indexOf("9=")) + 1;
        String body = text.substring(bodyStart);
        String head = text.substring(0, text.indexOf("9=")) + "9=" + body.length() + SOH;
        String message = head + body;
        int sum = 0;
        for (int i = 0; i < message.length(); i++) {
            sum += message.charAt(i);
        }
        return message + "10=" + String.format("%03d", sum & 0xFF) + SOH;
    }
}
