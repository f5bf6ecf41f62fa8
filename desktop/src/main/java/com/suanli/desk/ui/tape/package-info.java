/**
 * Time and sales of the linked instrument: its newest prints, bounded, refreshed once per batch of events and
 * only when that instrument traded. The blotter's tape tab lists every instrument's prints; this one follows
 * the link.
 */
package com.suanli.desk.ui.tape;
