package com.suanli.exchange.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkloadReplayTest {
    /** surefire runs in the module directory; the shared folder sits next to the project root. */
    private static final Path SHARED_BENCH = Path.of(System.getProperty("user.dir")).toAbsolutePath()
            .getParent().getParent().resolve("shared").resolve("bench");

    @Test
    void replaying_the_3m_workload_gives_the_reference_book_byte_for_byte() throws IOException {
        Path workload = SHARED_BENCH.resolve("ec-workload-3M.csv.gz");
        Path reference = SHARED_BENCH.resolve("ec-final-book-3M.csv");
        assertThat(workload).as("the shared workload (always present in CI) is missing at " + workload).exists();
        assertThat(reference).as("the shared reference book is missing at " + reference).exists();

        String report = WorkloadReplay.run(Workload.load(workload));

        assertThat(report).isEqualTo(Files.readString(reference, StandardCharsets.UTF_8));
    }

    @Test
    void a_plain_csv_workload_replays_with_every_command_and_counts_rejects(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, String.join("\n",
                "cmd,orderId,uid,price,size,side,type",
                "PLACE_ORDER,1,10,100,5,ASK,GTC",
                "PLACE_ORDER,2,11,101,3,ASK,GTC",
                "PLACE_ORDER,3,12,100,2,BID,IOC",
                "PLACE_ORDER,4,12,99,9,BID,IOC",
                "PLACE_ORDER,5,12,250,2,BID,FOK_BUDGET",
                "PLACE_ORDER,1,10,100,1,ASK,GTC",
                "MOVE_ORDER,2,11,102,0,ASK,null",
                "REDUCE_ORDER,2,11,0,1,ASK,null",
                "CANCEL_ORDER,1,99,0,0,ASK,null",
                "PLACE_ORDER,6,13,304,3,BID,FOK_BUDGET",
                "PLACE_ORDER,7,14,98,4,BID,GTC",
                "PLACE_ORDER,8,14,1,1,BID,FOK_BUDGET") + "\n");

        String report = WorkloadReplay.run(Workload.load(csv));

        // IOC 2@100; budget 2@100 for 250; the IOC at 99, the duplicate id 1 and the last budget order are
        // rejected; the budget of exactly 1@100 + 2@102 = 304 sweeps the asks; order 7 rests.
        assertThat(report).isEqualTo(String.join("\n",
                "# commands=12 trades=4 tradedQty=7 tradedNotional=704 rejects=3",
                "side,price,qty,orders",
                "BID,98,4,1",
                ""));
    }

    @Test
    void a_malformed_line_is_refused_naming_the_line_and_the_field(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "cmd,orderId,uid,price,size,side,type\nPLACE_ORDER,1,10,abc,5,ASK,GTC\n");

        assertThatThrownBy(() -> Workload.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("price");
    }

    @Test
    void a_move_reduce_or_cancel_may_leave_side_and_type_null(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("null-sides.csv");
        Files.writeString(csv, String.join("\n",
                "cmd,orderId,uid,price,size,side,type",
                "PLACE_ORDER,1,10,100,5,ASK,GTC",
                "PLACE_ORDER,2,11,105,4,ASK,GTC",
                "PLACE_ORDER,3,12,90,6,BID,GTC",
                "MOVE_ORDER,1,10,101,0,null,null",
                "REDUCE_ORDER,2,11,0,1,null,null",
                "CANCEL_ORDER,3,12,0,0,null,null") + "\n");

        Workload workload = Workload.load(csv);

        assertThat(workload.side(3)).as("a move without a side").isNull();
        assertThat(workload.kind(3)).as("only a place has an order type").isNull();
        assertThat(WorkloadReplay.run(workload)).isEqualTo(String.join("\n",
                "# commands=6 trades=0 tradedQty=0 tradedNotional=0 rejects=0",
                "side,price,qty,orders",
                "ASK,101,5,1",
                "ASK,105,3,1",
                ""));
    }

    @Test
    void a_place_without_a_side_is_refused_naming_the_line_and_the_field(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("place-null.csv");
        Files.writeString(csv, "cmd,orderId,uid,price,size,side,type\nPLACE_ORDER,1,10,100,5,ASK,GTC\n"
                + "PLACE_ORDER,2,10,100,5,null,GTC\n");

        assertThatThrownBy(() -> Workload.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3: side must be one of [BID, ASK], was 'null'");
    }

    @Test
    void a_place_without_a_type_is_refused_naming_the_line_and_the_field(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("place-null-type.csv");
        Files.writeString(csv, "cmd,orderId,uid,price,size,side,type\nPLACE_ORDER,1,10,100,5,BID,null\n");

        assertThatThrownBy(() -> Workload.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: type must be one of [GTC, IOC, FOK_BUDGET], was 'null'");
    }
}
