/**
 * Daily settlement, pure parts: the settlement price rule (closing-window volume-weighted price,
 * else a tight mid, else the operator's price; the method published with the price), the
 * closing window of recent trades it reads, and variation margin from one settlement price to
 * the next. No ledger here: the clearing house posts the movements these produce.
 */
package com.suanli.exchange.settlement;
