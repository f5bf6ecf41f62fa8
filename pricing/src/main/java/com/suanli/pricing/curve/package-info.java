/**
 * Forward curves per underlying (product x hub x green): daily prices built from monthly
 * futures quotes with a smoothing spline that reproduces every quoted month's average
 * exactly, an optional seasonal shape, bucket bumps and lookups by day or month.
 * Values only: no products, no pricers, no model simulation.
 */
package com.suanli.pricing.curve;
