/**
 * The forward-curve view: the futures strip of one product and hub (settlement, last, mid by delivery month)
 * against the pricing library's {@code ForwardCurve} of that underlying, month by month rich or cheap. The
 * curve comes through {@link com.suanli.desk.ui.curve.CurveSource}: the database's stored curves, else one
 * through the listing's reference prices. No pricing model is written here; the curve is pricing's.
 */
package com.suanli.desk.ui.curve;
