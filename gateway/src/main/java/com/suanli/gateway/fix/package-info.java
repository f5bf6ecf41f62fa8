/**
 * What the gateway's message handlers share: a logged-on session ({@link com.suanli.gateway.fix.TraderSession}),
 * its rate limit, the way answers go out ({@link com.suanli.gateway.fix.Outbox}, over QuickFIX/J's sessions the
 * {@link com.suanli.gateway.fix.GatheringOutbox}, which writes a batch of events' messages to each session at
 * once, carrying each session's connection from {@link com.suanli.gateway.fix.Connections} so that QuickFIX/J can
 * still hold back a session whose inbound queue is full), messages whose body the gateway writes as FIX text itself ({@link com.suanli.gateway.fix.EncodedMessage})
 * the sent messages kept for resends as bytes ({@link com.suanli.gateway.fix.KeptMessages}), the acceptor's message
 * factory that parses a received NewOrderSingle into a lighter message ({@link com.suanli.gateway.fix.InboundMessages})
 * the FIX 4.4 dictionary with the gateway's one addition ({@link com.suanli.gateway.fix.GatewayDictionary})
 * and the conversions of FIX prices, quantities, sides and times to the engine's ticks and lots
 * ({@link com.suanli.gateway.fix.FixValues}).
 */
package com.suanli.gateway.fix;
