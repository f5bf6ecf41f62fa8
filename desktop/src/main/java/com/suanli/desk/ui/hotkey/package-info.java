/**
 * The trader's keyboard: the actions ({@link com.suanli.desk.ui.hotkey.TraderAction}), their keys and the
 * quantity presets ({@link com.suanli.desk.ui.hotkey.TraderKeys}), with defaults a properties file may
 * change. docs/workstation.md lists them.
 *
 * <p>Bindings only: what an action does belongs to the panel that does it.
 */
package com.suanli.desk.ui.hotkey;
