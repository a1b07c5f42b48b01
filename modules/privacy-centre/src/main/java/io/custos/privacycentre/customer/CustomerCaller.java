package io.custos.privacycentre.customer;

import io.custos.platform.problem.NotAuthenticated;
import io.custos.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The customer whose session cookie the current request carries, as {@link CustomerRealm} resumed it. */
@RequestScoped
public class CustomerCaller {

    private Caller subject;

    void resumed(Caller subject) {
        this.subject = subject;
    }

    Caller required() {
        if (subject == null) {
            throw new NotAuthenticated(CustomerRealm.SIGN_IN);
        }
        return subject;
    }
}
