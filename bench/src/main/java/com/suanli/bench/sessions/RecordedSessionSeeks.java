package com.suanli.bench.sessions;

import com.suanli.data.store.DeskStore;
import com.suanli.data.store.FileKey;
import com.suanli.data.store.StoreAddress;
import com.suanli.sessions.record.OpenedSession;
import com.suanli.sessions.record.ReplayCursor;
import com.suanli.sessions.record.SessionLibrary;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Times a recorded session's replay as the workstation uses it: opening it (the commands read and decoded,
 * the report read), seeks to seeded random times (each from the nearest snapshot, or forward from where the
 * cursor stands), and, for comparison, the whole session replayed from its first command.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar com.suanli.bench.sessions.RecordedSessionSeeks /tmp/rp/db 1}
 * after {@code ./desk simulate --config calm-month --seed 1 --record --db /tmp/rp/db}.
 */
public final class RecordedSessionSeeks {

    private static final int SEEKS = 40;

    private RecordedSessionSeeks() {
    }

    public static void main(String[] args) {
        try (DeskStore store = DeskStore.open(StoreAddress.file(Path.of(args[0])), FileKey.NONE)) {
            long start = System.nanoTime();
            OpenedSession session = new SessionLibrary(store).open(Long.parseLong(args[1]));
            ReplayCursor cursor = session.cursor();
            System.out.printf("open (read and decode %d commands, read the report): %.0f ms%n", cursor.size(),
                    (System.nanoTime() - start) / 1e6);
            SplittableRandom random = new SplittableRandom(1);
            long span = cursor.lastTime() - cursor.firstTime();
            double worst = 0;
            double sum = 0;
            for (int i = 0; i < SEEKS; i++) {
                long target = cursor.firstTime() + (long) (random.nextDouble() * span);
                long seek = System.nanoTime();
                cursor.seek(target, progress -> { });
                double millis = (System.nanoTime() - seek) / 1e6;
                worst = Math.max(worst, millis);
                sum += millis;
            }
            System.out.printf("%d seeks to random times: mean %.1f ms, worst %.1f ms%n", SEEKS, sum / SEEKS, worst);
            long whole = System.nanoTime();
            cursor.replayAll(event -> { });
            System.out.printf("the whole session from its first command: %.0f ms%n", (System.nanoTime() - whole) / 1e6);
        }
    }
}
