/**
 * What the desk's small forms share: reading a typed field into a value, refusing it with a
 * {@link com.suanli.desk.ui.form.FieldException} that names the field and the reason, writing figures back
 * in one format, and the few styled controls forms are built from. No feature logic and no pricing here.
 */
package com.suanli.desk.ui.form;
