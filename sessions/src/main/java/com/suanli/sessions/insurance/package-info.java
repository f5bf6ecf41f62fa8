/**
 * Compute insurance in a session: the insurer firm, the AI labs' outage covers and price-spike
 * caps bought at the premiums the pricing library quotes (the outage frequency fitted to the
 * monitored history), and the monitored outages reported into the exchange, whose clearing
 * house settles the claims (docs/SESSIONS.md, "Insurance").
 */
package com.suanli.sessions.insurance;
