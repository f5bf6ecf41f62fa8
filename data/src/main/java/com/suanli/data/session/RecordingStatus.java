package com.suanli.data.session;

/** Where a recording stands: under way, complete with its totals, or ended by a failure. */
public enum RecordingStatus {
    RECORDING,
    COMPLETE,
    FAILED
}
