/**
 * The auto-quoter: keeps a two-sided quote of the desk's account in one instrument, around a fair value the
 * trader chooses the source of (the pricing library's forward curve through the rest of the strip, or the
 * market's mid), with the trader's spread and size and a skew that leans the quote against the inventory. It
 * requotes when the fair value moves by the threshold or the position changes, stops on the exchange's
 * refusal, and has a kill switch that pulls the quote at once.
 *
 * <p>The rules ({@link com.suanli.desk.ui.autoquote.QuoteRules}, {@link com.suanli.desk.ui.autoquote.FairValues})
 * are plain Java; {@link com.suanli.desk.ui.autoquote.AutoQuoterViewModel} runs them on the FX thread over
 * the trading desk's event batches and sends the engine's {@code Quote} command through the trader's orders.
 */
package com.suanli.desk.ui.autoquote;
