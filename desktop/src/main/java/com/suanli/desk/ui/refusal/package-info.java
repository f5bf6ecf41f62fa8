/**
 * The exchange's and the host's refusals in the desk's language: the engine's reject reasons, the host's
 * role refusals and the sign-in refusals, worded by their code from the language bundles. The engine keeps
 * English words (exchange-core has no bundles); a code the bundles do not know shows the exchange's own text.
 */
package com.suanli.desk.ui.refusal;
