package org.custos.identity;

import java.util.List;
import java.util.Optional;

/** Creating users and changing passwords: the published API of the identity module. */
public interface UserAccounts {

    /** Creates a user; refuses with a problem naming the field if the request is invalid. */
    CurrentUser create(NewUser user, String createdBy);

    /** Creates a user whose password does not need changing (tests and demo accounts only). */
    CurrentUser createReady(NewUser user, String createdBy);

    void changePassword(String username, String currentPassword, String newPassword);

    boolean anyUserExists();

    Optional<CurrentUser> find(String username);

    List<CurrentUser> list();

    /** A random password of 20 characters from an unambiguous alphabet. */
    String randomPassword();
}
