package com.suanli.exchange.engine;

import com.suanli.exchange.engine.event.RejectReason;

/** Why a command is refused: the code and a message naming the field and the value. */
record Rejection(RejectReason reason, String message) {
}
