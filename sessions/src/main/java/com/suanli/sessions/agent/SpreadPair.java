package com.suanli.sessions.agent;

/** Two contracts whose price difference an arbitrageur watches: {@code first} minus {@code second}. */
public record SpreadPair(int first, int second) {
}
