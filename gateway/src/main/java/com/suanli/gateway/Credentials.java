package com.suanli.gateway;

import com.suanli.data.firm.DeskUser;
import java.util.Optional;

/** Checks a Logon's user and password: the desk's users ({@code UserDirectory::signIn}, PBKDF2). */
@FunctionalInterface
public interface Credentials {

    /** The user, when the login exists, is not locked and the password is theirs; empty otherwise. */
    Optional<DeskUser> signIn(String login, char[] password);
}
