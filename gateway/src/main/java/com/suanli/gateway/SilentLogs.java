package com.suanli.gateway;

import quickfix.Log;
import quickfix.LogFactory;
import quickfix.SessionID;

/**
 * No message log: QuickFIX/J's default without a log factory writes every message to standard output, and a
 * file log cost 10 to 20% of the rate in the recipe. Session errors still reach SLF4J.
 */
final class SilentLogs implements LogFactory {

    private static final Log SILENT = new Log() {
        @Override
        public void clear() {
        }

        @Override
        public void onIncoming(String message) {
        }

        @Override
        public void onOutgoing(String message) {
        }

        @Override
        public void onEvent(String text) {
        }

        @Override
        public void onErrorEvent(String text) {
        }
    };

    @Override
    public Log create(SessionID sessionID) {
        return SILENT;
    }
}
