package com.suanli.desk.ui.trading;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands the folding worker's batches to the FX thread: the first batch after a drain schedules one drain on the
 * pulse executor, and every batch folded before that drain runs is merged into it ({@link FoldedBatch#then}), on the
 * worker's thread. However slow the FX thread's pulses, it shows one batch a pulse, each market at its latest, and no
 * event is lost or reordered.
 */
public final class FoldHandOff implements Consumer<FoldedBatch> {

    private final Executor pulses;
    private final Consumer<FoldedBatch> onShow;
    private FoldedBatch due;

    /**
     * @param pulses the application passes a {@link NextPulse}: the drain runs at the start of the FX thread's pulse
     * @param onShow called on the pulse executor's thread with everything folded since the last drain
     */
    public FoldHandOff(Executor pulses, Consumer<FoldedBatch> onShow) {
        this.pulses = Objects.requireNonNull(pulses, "pulses");
        this.onShow = Objects.requireNonNull(onShow, "onShow");
    }

    /** Takes a folded batch, on the folding worker's thread. */
    @Override
    public void accept(FoldedBatch folded) {
        Objects.requireNonNull(folded, "folded");
        boolean schedule;
        synchronized (this) {
            schedule = due == null;
            due = schedule ? folded : due.then(folded);
        }
        if (schedule) {
            pulses.execute(this::drain);
        }
    }

    private void drain() {
        FoldedBatch shown;
        synchronized (this) {
            shown = due;
            due = null;
        }
        onShow.accept(shown);
    }
}
