/**
 * What the gateway's message handlers share: a logged-on session ({@link com.suanli.gateway.fix.TraderSession}),
 * its rate limit, the way answers go out ({@link com.suanli.gateway.fix.Outbox}) and the conversions of FIX
 * prices, quantities, sides and times to the engine's ticks and lots ({@link com.suanli.gateway.fix.FixValues}).
 */
package com.suanli.gateway.fix;
