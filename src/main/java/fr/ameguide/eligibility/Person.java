package fr.ameguide.eligibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * One group of the household and what it can have: {@code outcome} is that group's own outcome,
 * {@code onApplicantCard} whether the applicant's AME card covers it.
 */
public record Person(Who who, int count, Outcome outcome, boolean onApplicantCard) {

    /** What a group of the household can have, as its sentence says ({@code person.<who>.<cover>}). */
    public enum Cover implements Code { PUMA, ON_CARD, OWN_AME, NOT_COVERED }

    public Cover cover() {
        if (outcome == Outcome.PUMA_INSTEAD) {
            return Cover.PUMA;
        }
        if (onApplicantCard) {
            return Cover.ON_CARD;
        }
        return outcome == Outcome.AME_ELIGIBLE ? Cover.OWN_AME : Cover.NOT_COVERED;
    }

    /**
     * The covers {@link People} can give each group: a partner or an older child shares the applicant's
     * fate or has PUMa; a minor has AME in their own name whatever the resources. The applicant's own is the
     * outcome itself, said by the result's title: none here.
     */
    public static Set<Cover> covers(Who who) {
        return switch (who) {
            case APPLICANT -> EnumSet.noneOf(Cover.class);
            case PARTNER, OTHER_CHILDREN -> EnumSet.of(Cover.PUMA, Cover.ON_CARD, Cover.NOT_COVERED);
            case MINOR_CHILDREN -> EnumSet.of(Cover.PUMA, Cover.ON_CARD, Cover.OWN_AME);
        };
    }
}
