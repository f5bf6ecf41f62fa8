/**
 * The session's software traders, each a small class: market makers, AI labs buying and providers
 * selling forward capacity, noise, value and momentum traders, and spread arbitrageurs. An agent
 * knows only what the event stream told it (the public {@code MarketView}, its own fills) and the
 * fundamental's fair values, draws only from its own generator, and acts only by submitting engine
 * commands through a {@link com.suanli.sessions.agent.CommandPort}: an engine headless, the desk's
 * exchange host in the workstation.
 */
package com.suanli.sessions.agent;
