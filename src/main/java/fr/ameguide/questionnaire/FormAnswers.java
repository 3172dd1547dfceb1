package fr.ameguide.questionnaire;

import fr.ameguide.eligibility.AmeHistory;
import fr.ameguide.eligibility.Answers;
import fr.ameguide.eligibility.Code;
import fr.ameguide.eligibility.Housing;
import fr.ameguide.eligibility.IdentityDocument;
import fr.ameguide.eligibility.Presence;
import fr.ameguide.eligibility.ResidenceStatus;
import fr.ameguide.eligibility.Territory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
                // "I don't know" counts free housing, as the CPAM would for someone housed by a private person.
                "yes".equals(kept.get("hostedFree")) || "dont_know".equals(kept.get("hostedFree")),
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
                // Not knowing whether one's country needs a visa, or whether one had a visa, counts 90 days of
                // regular stay (a visa-free stay, or the longest short-stay visa): the later start, never a too
                // early one (research F15).
                "yes".equals(kept.get("visaExempt")) || "dont_know".equals(kept.get("visaExempt"))
                        || "dont_know".equals(kept.get("hadRegularStay")));
    }

    /** The partner's share, at most the household's resources (the form cannot give more than the whole). */
    private static BigDecimal amount(String share, String whole) {
        if (share == null) {
            return null;
        }
        BigDecimal s = new BigDecimal(share);
        return whole == null ? s : s.min(new BigDecimal(whole));
    }

    /** Notes that say how "I don't know" answers were read (translation keys). */
    static List<String> notes(Map<String, String> kept) {
        List<String> notes = new ArrayList<>();
        if ("dont_know".equals(kept.get("hadRegularStay"))) {
            notes.add("result.dont_know_visa");
        }
        if ("dont_know".equals(kept.get("visaExempt"))) {
            notes.add("result.dont_know_visa_exempt");
        }
        if ("dont_know".equals(kept.get("hostedFree"))) {
            notes.add("result.dont_know_hosted");
        }
        return notes;
    }
}
