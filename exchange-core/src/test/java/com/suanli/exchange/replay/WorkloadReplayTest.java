package com.suanli.exchange.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorkloadReplayTest {
    /** The slice and its anchor book, kept with the tests; provenance in the README beside them. */
    private static final String SLICE = "ec-workload-50k.csv.gz";
    private static final String SLICE_BOOK = "ec-final-book-50k.csv";
    private static final int SLICE_COMMANDS = 50_000;

    /** surefire runs in the module directory; the optional shared folder sits next to the project root. */
    private static final Path SHARED_BENCH = Path.of(System.getProperty("user.dir")).toAbsolutePath()
            .getParent().getParent().resolve("shared").resolve("bench");
    private static final Path FULL_WORKLOAD = SHARED_BENCH.resolve("ec-workload-3M.csv.gz");
    private static final Path FULL_BOOK = SHARED_BENCH.resolve("ec-final-book-3M.csv");

    private static Workload full;

    @Test
    void replaying_the_50k_slice_gives_the_anchor_book_byte_for_byte() throws IOException {
        String report = WorkloadReplay.run(Workload.load(resource(SLICE)));

        assertThat(report).isEqualTo(Files.readString(resource(SLICE_BOOK), StandardCharsets.UTF_8));
    }

    @Test
    void replaying_the_full_3m_workload_gives_the_reference_book_byte_for_byte() throws IOException {
        String report = WorkloadReplay.run(fullWorkload());

        assertThat(report).isEqualTo(Files.readString(FULL_BOOK, StandardCharsets.UTF_8));
    }

    @Test
    void the_slice_is_the_first_50k_commands_of_the_full_workload() {
        Workload slice = Workload.load(resource(SLICE));
        Workload whole = fullWorkload();

        assertThat(slice.size()).isEqualTo(SLICE_COMMANDS);
        for (int i = 0; i < SLICE_COMMANDS; i++) {
            assertThat(commandText(slice, i)).as("command %d", i + 1).isEqualTo(commandText(whole, i));
        }
    }

    /** The full workload, loaded once; the tests that need it are skipped when it is not beside the project. */
    private static Workload fullWorkload() {
        assumeTrue(Files.isRegularFile(FULL_WORKLOAD) && Files.isRegularFile(FULL_BOOK),
                () -> "the optional full workload is not at " + SHARED_BENCH + " (ec-workload-3M.csv.gz and "
                        + "ec-final-book-3M.csv); the 50k slice kept in the repository is checked instead");
        if (full == null) {
            full = Workload.load(FULL_WORKLOAD);
        }
        return full;
    }

    private static String commandText(Workload w, int i) {
        return w.command(i) + "," + w.orderId(i) + "," + w.account(i) + "," + w.price(i) + "," + w.quantity(i) + ","
                + w.side(i) + "," + w.kind(i);
    }

    /** A plain CSV workload in {@code dir}: the header, then {@code rows}. */
    private static Path csv(Path dir, String... rows) throws IOException {
        return Files.writeString(dir.resolve("workload.csv"),
                "cmd,orderId,uid,price,size,side,type\n" + String.join("\n", rows) + "\n");
    }

    private static Path resource(String name) {
        URL url = WorkloadReplayTest.class.getResource(name);
        assertThat(url).as("test resource %s beside this class", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(name, e);
        }
    }

    @Test
    void a_plain_csv_workload_replays_with_every_command_and_counts_rejects(@TempDir Path dir) throws IOException {
        Path csv = csv(dir,
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
                "PLACE_ORDER,8,14,1,1,BID,FOK_BUDGET");

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
        Path csv = csv(dir, "PLACE_ORDER,1,10,abc,5,ASK,GTC");

        assertThatThrownBy(() -> Workload.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("price");
    }

    @Test
    void a_move_reduce_or_cancel_may_leave_side_and_type_null(@TempDir Path dir) throws IOException {
        Path csv = csv(dir,
                "PLACE_ORDER,1,10,100,5,ASK,GTC",
                "PLACE_ORDER,2,11,105,4,ASK,GTC",
                "PLACE_ORDER,3,12,90,6,BID,GTC",
                "MOVE_ORDER,1,10,101,0,null,null",
                "REDUCE_ORDER,2,11,0,1,null,null",
                "CANCEL_ORDER,3,12,0,0,null,null");

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
        Path csv = csv(dir, "PLACE_ORDER,1,10,100,5,ASK,GTC", "PLACE_ORDER,2,10,100,5,null,GTC");

        assertThatThrownBy(() -> Workload.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3: side must be one of [BID, ASK], was 'null'");
    }

    @Test
    void a_place_without_a_type_is_refused_naming_the_line_and_the_field(@TempDir Path dir) throws IOException {
        Path csv = csv(dir, "PLACE_ORDER,1,10,100,5,BID,null");

        assertThatThrownBy(() -> Workload.load(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: type must be one of [GTC, IOC, FOK_BUDGET], was 'null'");
    }
}
