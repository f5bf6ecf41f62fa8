/**
 * Users at the workstation (docs/workstation.md, "Users and roles"): signing in when the desk asks
 * ({@link com.suanli.desk.ui.users.SignOn}, {@link com.suanli.desk.ui.users.SignInView}) and the
 * administrator's screen of users ({@link com.suanli.desk.ui.users.UsersView}). What a user may send is
 * decided by the exchange's session ({@code com.suanli.desk.access}), not here.
 */
package com.suanli.desk.ui.users;
