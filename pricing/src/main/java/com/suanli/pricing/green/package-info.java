/**
 * Green-energy-tagged capacity: energy per delivered unit (power x utilisation x PUE), the
 * hub's grid emission factor, green certificate (GEC) and carbon prices, the green premium
 * curve over a standard forward curve, and the carbon footprint of a position with an
 * illustrative CBAM-style exposure. Parameters arrive as values (loaded from JSON by the data
 * module); nothing here reads files.
 */
package com.suanli.pricing.green;
