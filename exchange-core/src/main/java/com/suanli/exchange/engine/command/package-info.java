/**
 * The commands the matching engine accepts: immutable records at the API edge, each carrying
 * its own time. Nothing here validates business rules (that is the engine's, and ends in a
 * reject event) or touches engine state.
 */
package com.suanli.exchange.engine.command;
