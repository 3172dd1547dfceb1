package fr.ameguide.eligibility;

import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9: the core, not a form, reads each "I don't know" and says on the assessment that it did. */
class UnknownAnswersTest {
    private static final Eligibility CORE = RepositoryContent.load().eligibility();
    private static final LocalDate FILED = LocalDate.of(2026, 12, 3);
    private static final LocalDate ARRIVED = LocalDate.of(2026, 8, 1);

    private static Answers hostedAdult(boolean hostedFree, boolean visaExempt, Set<Unknown> unknown) {
        return new Answers(FILED, Presence.LIVES_IN_FRANCE, Territory.METROPOLE, ResidenceStatus.NO_PERMIT, 30,
                ARRIVED, null, false, false, 0, new BigDecimal("6000"), hostedFree, Housing.HOSTED,
                IdentityDocument.PASSPORT, false, AmeHistory.NEVER, null, 0, false, null, null, visaExempt, unknown);
    }

    @Test
    void notKnowingWhetherTheHostAsksForMoneyCountsFreeHousingAndSaysSo() {
        Assessment unknown = CORE.assess(hostedAdult(false, false, Set.of(Unknown.HOSTED_FREE)));
        Assessment free = CORE.assess(hostedAdult(true, false, Set.of()));
        Assessment paying = CORE.assess(hostedAdult(false, false, Set.of()));
        assertNotNull(unknown.housingInKind());
        assertEquals(free.housingInKind(), unknown.housingInKind());
        assertNull(paying.housingInKind());
        assertTrue(unknown.has(Fact.UNKNOWN_HOSTED_FREE));
        assertFalse(free.has(Fact.UNKNOWN_HOSTED_FREE));
    }

    @Test
    void notKnowingAboutAVisaCountsNinetyDaysOfRegularStayAndSaysSo() {
        // arrived 1 August: from arrival the 3 months are met on 1 November; after 90 days, on 30 January
        Assessment fromArrival = CORE.assess(hostedAdult(true, false, Set.of()));
        Assessment hadVisa = CORE.assess(hostedAdult(true, false, Set.of(Unknown.HAD_REGULAR_STAY)));
        Assessment exempt = CORE.assess(hostedAdult(true, false, Set.of(Unknown.VISA_EXEMPT)));
        Assessment saidExempt = CORE.assess(hostedAdult(true, true, Set.of()));
        assertEquals(Outcome.AME_ELIGIBLE, fromArrival.outcome());
        for (Assessment a : new Assessment[]{hadVisa, exempt}) {
            assertEquals(Outcome.AME_ELIGIBLE_LATER, a.outcome());
            assertEquals(saidExempt.rightsFrom(), a.rightsFrom());
            assertEquals(LocalDate.of(2027, 1, 30), a.rightsFrom());
            assertTrue(a.has(Fact.VISA_EXEMPT));
        }
        assertTrue(hadVisa.has(Fact.UNKNOWN_HAD_VISA));
        assertFalse(hadVisa.has(Fact.UNKNOWN_VISA_EXEMPTION));
        assertTrue(exempt.has(Fact.UNKNOWN_VISA_EXEMPTION));
        assertFalse(saidExempt.has(Fact.UNKNOWN_VISA_EXEMPTION));
    }
}
