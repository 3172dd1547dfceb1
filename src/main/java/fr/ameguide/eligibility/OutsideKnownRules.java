package fr.ameguide.eligibility;

import java.time.LocalDate;

/** Asked for a date before the first value of a parameter: the rules of that day are not in our data. */
public class OutsideKnownRules extends RuntimeException {
    public OutsideKnownRules(String parameter, LocalDate date) {
        super("no value of " + parameter + " on " + date);
    }
}
