package com.suanli.desk.exchange;

/**
 * The lots an instrument traded on one exchange day.
 * @param dayStart the day's first millisecond (midnight, China Standard Time), epoch milliseconds
 */
record DayVolume(int instrumentId, long dayStart, long lots) {

    DayVolume plus(long traded) {
        return new DayVolume(instrumentId, dayStart, lots + traded);
    }
}
