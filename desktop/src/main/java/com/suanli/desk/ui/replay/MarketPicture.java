package com.suanli.desk.ui.replay;

import java.util.List;

/**
 * The replayed market at one moment, built on the replay worker for the FX thread: the time, the commands
 * applied, every contract's row and the chosen contract's ladder (offers above bids, best in the middle).
 */
public record MarketPicture(long time, long applied, List<ReplayRow> rows, int chosen, List<LadderLevel> ladder) {

    public MarketPicture {
        rows = List.copyOf(rows);
        ladder = List.copyOf(ladder);
    }
}
