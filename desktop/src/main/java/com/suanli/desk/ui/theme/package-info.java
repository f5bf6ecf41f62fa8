/**
 * The desk's theme made at the build: AtlantaFX Primer Dark cut to the rules a node of the desk can match
 * ({@link com.suanli.desk.ui.theme.DeskThemeSheet}, run at process-classes), by the words of the code that can run in
 * the desk ({@code ClassWords}); nothing here runs in the desk itself, which loads the sheet made.
 */
package com.suanli.desk.ui.theme;
