/**
 * Compute insurance in a session: the insurer firm, the AI labs' outage covers and price-spike
 * caps bought at the premiums the pricing library quotes (the outage frequency fitted to the
 * monitored history), and the monitored outages reported into the exchange, whose clearing
 * house settles the claims (docs/SESSIONS.md, "Insurance"); a cover's days run from the exchange's day
 * to the session clock's ({@link com.suanli.sessions.insurance.CoverTerm}), so live covers meet the
 * outages the exchange stamps in its own time.
 */
package com.suanli.sessions.insurance;
