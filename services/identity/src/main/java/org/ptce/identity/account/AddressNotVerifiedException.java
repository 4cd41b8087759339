package org.ptce.identity.account;

import org.springframework.security.authentication.AccountStatusException;

/** The right password of a holder who has not opened their verification link yet: a new one is on its way. */
public class AddressNotVerifiedException extends AccountStatusException {

    AddressNotVerifiedException() {
        super("The address is not verified yet");
    }
}
