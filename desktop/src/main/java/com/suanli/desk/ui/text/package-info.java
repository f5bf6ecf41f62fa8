/**
 * The desk's words in the user's language: every label, menu, message and column title a person reads is
 * looked up by key in the {@code messages} resource bundle (English, and Simplified Chinese in
 * {@code messages_zh_CN.properties}), and figures and dates are formatted for the chosen locale. The locale
 * comes from the {@code language} setting, else from the system.
 */
package com.suanli.desk.ui.text;
