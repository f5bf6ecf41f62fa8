package com.suanli.gateway.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quickfix.MemoryStore;
import quickfix.MessageStore;

/** The kept messages read back as QuickFIX/J's memory store reads them, over many blocks and after a reset. */
class KeptMessagesTest {

    @Test
    void theSentTextComesBackForAResendAsTheMemoryStoreGivesIt() throws Exception {
        KeptMessages kept = new KeptMessages();
        MessageStore memory = new MemoryStore();
        StringBuilder filler = new StringBuilder();
        // Some 220 bytes a message on average: over three blocks whatever the JVM's G1 region.
        int count = Math.max(12_000, 3 * KeptMessages.BLOCK / 200);
        for (int sequence = 1; sequence <= count; sequence++) {
            filler.setLength(0);
            filler.append("8=FIX.4.4\u00019=").append(sequence).append("\u000135=8\u000158=");
            filler.append("x".repeat(sequence % 400)).append(sequence % 7 == 0 ? "价格 ünicode" : "").append('\u0001');
            if (sequence % 1_000 != 500) {
                // A gap, as a sequence number QuickFIX/J never kept leaves one.
                assertThat(kept.set(sequence, filler.toString())).isTrue();
                memory.set(sequence, filler.toString());
            }
        }
        assertThat(kept.set(3, "8=FIX.4.4\u00019=3\u0001")).as("a sequence number kept again").isFalse();
        memory.set(3, "8=FIX.4.4\u00019=3\u0001");
        for (int[] range : new int[][] {{1, count}, {490, 510}, {count - 1, count + 8_000}, {3, 3},
                {count + 8_001, count + 8_002}}) {
            List<String> fromKept = new ArrayList<>();
            List<String> fromMemory = new ArrayList<>();
            kept.get(range[0], range[1], fromKept);
            memory.get(range[0], range[1], fromMemory);
            assertThat(fromKept).as("%d to %d", range[0], range[1]).isEqualTo(fromMemory);
        }
        assertThat(kept.set(1, "x".repeat(KeptMessages.BLOCK + 10))).isFalse();
        List<String> large = new ArrayList<>();
        kept.get(1, 1, large);
        assertThat(large).containsExactly("x".repeat(KeptMessages.BLOCK + 10));
    }

    @Test
    void aBlockFillsOneG1RegionAsAHumongousArraySoThatNoYoungCollectionCopiesIt() {
        long region = Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("G1HeapRegionSize").getValue());
        assumeTrue(region > 0, "G1 is this JVM's collector");
        // G1 takes an array of half a region or more as humongous; the array's header is 16 bytes.
        assertThat(KeptMessages.BLOCK + 16L).isLessThanOrEqualTo(region).isGreaterThanOrEqualTo(region / 2);
    }

    @Test
    void aNumberFarAheadIsKeptAloneAndANumberBelowOneIsRefused() throws Exception {
        KeptMessages kept = new KeptMessages();
        kept.set(1, "first");
        assertThat(kept.set(50_000_000, "far")).isTrue();
        List<String> messages = new ArrayList<>();
        kept.get(49_999_990, 50_000_010, messages);
        kept.get(Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 1, messages);
        assertThat(messages).containsExactly("far");
        assertThatThrownBy(() -> kept.set(0, "none")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sequence");
    }

    @Test
    void aResetDropsTheMessagesAndStartsBothSequencesAtOne() throws Exception {
        KeptMessages kept = new KeptMessages();
        kept.set(1, "one");
        kept.incrNextSenderMsgSeqNum();
        kept.setNextTargetMsgSeqNum(40);

        kept.reset();

        List<String> messages = new ArrayList<>();
        kept.get(1, 10, messages);
        assertThat(messages).isEmpty();
        assertThat(kept.getNextSenderMsgSeqNum()).isEqualTo(1);
        assertThat(kept.getNextTargetMsgSeqNum()).isEqualTo(1);
        kept.set(1, "again");
        kept.get(1, 1, messages);
        assertThat(messages).containsExactly("again");
    }
}
