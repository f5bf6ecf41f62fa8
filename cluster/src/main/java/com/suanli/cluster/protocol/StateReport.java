package com.suanli.cluster.protocol;

/**
 * A member's state at one point of the cluster log, for comparing members and replays.
 * @param stateHash the engine's {@code stateHash()}
 * @param lastEventSequence the engine's last event sequence
 * @param commandsApplied client commands applied since the log began (each once, duplicates not counted)
 */
public record StateReport(long stateHash, long lastEventSequence, long commandsApplied) {
}
