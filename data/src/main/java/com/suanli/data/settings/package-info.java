/**
 * Each user's settings in the desk database: the workstation layout, hotkeys and other preferences,
 * as text under a key ({@code layout}, {@code hotkey.buy}). What a setting means is the workstation's.
 */
package com.suanli.data.settings;
