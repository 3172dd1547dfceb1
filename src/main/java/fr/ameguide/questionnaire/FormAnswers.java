package fr.ameguide.questionnaire;

import fr.ameguide.eligibility.AmeHistory;
import fr.ameguide.eligibility.Answers;
import fr.ameguide.eligibility.Code;
import fr.ameguide.eligibility.Housing;
import fr.ameguide.eligibility.IdentityDocument;
import fr.ameguide.eligibility.Presence;
import fr.ameguide.eligibility.ResidenceStatus;
import fr.ameguide.eligibility.Territory;
import fr.ameguide.eligibility.Unknown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The questionnaire's answers (those on the path) as the core's answers, filed today. */
final class FormAnswers {
    private FormAnswers() {
    }

    static Answers toAnswers(Map<String, String> kept, Flow flow, LocalDate today) {
        return new Answers(
                today,
                Code.parse(Presence.class, kept.get("presence")),
                Code.parse(Territory.class, kept.get("territory")),
                Code.parse(ResidenceStatus.class, kept.get("status")),
                kept.containsKey("age") ? Integer.valueOf(kept.get("age")) : null,
                flow.date("arrivalDate", kept),
                flow.date("regularStayEndDate", kept),
                "yes".equals(kept.get("joiningAmeHolder")),
                "yes".equals(kept.get("partner")),
                kept.containsKey("children") ? Integer.parseInt(kept.get("children")) : 0,
                kept.containsKey("householdResources") ? new BigDecimal(kept.get("householdResources")) : null,
                "yes".equals(kept.get("hostedFree")),
                Code.parse(Housing.class, kept.get("housing")),
                Code.parse(IdentityDocument.class, kept.get("identityDocument")),
                "yes".equals(kept.get("urgentCare")),
                kept.containsKey("ame") ? Code.parse(AmeHistory.class, kept.get("ame")) : AmeHistory.NEVER,
                flow.date("ameDate", kept),
                kept.containsKey("minorChildren") ? Math.min(Integer.parseInt(kept.get("minorChildren")),
                        kept.containsKey("children") ? Integer.parseInt(kept.get("children")) : 0) : 0,
                "yes".equals(kept.get("partnerRegularStatus")),
                amount(kept.get("partnerResources"), kept.get("householdResources")),
                kept.containsKey("alimonyPaid") ? new BigDecimal(kept.get("alimonyPaid")) : null,
                "yes".equals(kept.get("visaExempt")),
                unknown(kept));
    }

    /** The partner's share, at most the household's resources (the form cannot give more than the whole). */
    private static BigDecimal amount(String share, String whole) {
        if (share == null) {
            return null;
        }
        BigDecimal s = new BigDecimal(share);
        return whole == null ? s : s.min(new BigDecimal(whole));
    }

    /** The answers given as "I don't know": the core reads them (see {@link Unknown}). */
    private static Set<Unknown> unknown(Map<String, String> kept) {
        Set<Unknown> unknown = EnumSet.noneOf(Unknown.class);
        Map.of("hadRegularStay", Unknown.HAD_REGULAR_STAY, "visaExempt", Unknown.VISA_EXEMPT, "hostedFree", Unknown.HOSTED_FREE)
                .forEach((field, u) -> {
                    if (DONT_KNOW.equals(kept.get(field))) {
                        unknown.add(u);
                    }
                });
        return unknown;
    }

    private static final String DONT_KNOW = "dont_know";
}
