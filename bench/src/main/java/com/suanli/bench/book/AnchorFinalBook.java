package com.suanli.bench.book;

import com.suanli.exchange.replay.Workload;

import java.nio.file.Path;

/**
 * Prints the anchor engine's totals line and final book for a workload, in the format of
 * {@code ec-final-book-3M.csv}: the tool that makes the reference books the replay tests are
 * checked against (see {@code exchange-core/src/test/resources/com/suanli/exchange/replay/README.md}).
 * <pre>
 *   AnchorFinalBook &lt;workload.csv[.gz]&gt;
 * </pre>
 */
public final class AnchorFinalBook {
    private AnchorFinalBook() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: AnchorFinalBook <workload.csv[.gz]>");
            System.exit(2);
        }
        Workload workload = Workload.load(Path.of(args[0]));
        AnchorReplay anchor = new AnchorReplay();
        anchor.replay(workload);
        System.out.print(anchor.report(workload.size()));
    }
}
