package io.custos.privacycentre.access;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;

/**
 * 404: no link or code of this store chain matches, or the e-mail address or phone number is not
 * the customer's. One answer for all, so that nobody learns whether a customer or a code exists.
 */
public class NoMatchingPass extends DomainProblem {

    NoMatchingPass() {
        super("No valid link or code matches what was entered. Check it, or ask the store for a new one.");
    }

    @Override
    public Problem problem() {
        return Problem.of(404, "no-matching-pass", "Not found", getMessage());
    }
}
