/**
 * What links the workstation's panels: the instrument the trader has chosen
 * ({@link com.suanli.desk.ui.link.InstrumentLink}). One panel writes it (the market watch today), the
 * others follow it (the status bar, the ladder and the tickets).
 *
 * <p>A view-model only: no {@code Node}, no engine.
 */
package com.suanli.desk.ui.link;
