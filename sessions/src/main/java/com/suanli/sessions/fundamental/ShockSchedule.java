package com.suanli.sessions.fundamental;

import com.suanli.sessions.config.PriceShock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/** The configuration's price shocks in time order, each applied once, at the first step at or after its time. */
final class ShockSchedule {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private final List<PriceShock> shocks;
    private int next;

    ShockSchedule(List<PriceShock> shocks) {
        this.shocks = shocks.stream().sorted(Comparator.comparing(PriceShock::at)).toList();
    }

    void applyUntil(long now, Fundamental fundamental) {
        while (next < shocks.size() && shocks.get(next).at().toInstant(SHANGHAI).toEpochMilli() <= now) {
            PriceShock shock = shocks.get(next++);
            fundamental.jump(shock.productCode(), shock.logSize());
        }
    }
}
