/**
 * Market data by date for pricing: index fixings (the index history), forward curves (their monthly
 * quotes) and volatility surfaces (their smiles' points), keyed by the curve's underlying. Curves come
 * back as pricing builds them from the quotes ({@code ForwardCurve.of}, no seasonal shape), the same
 * way a batch request's market builds them.
 */
package com.suanli.data.market;
