package fr.ameguide.result;

import fr.ameguide.content.CatalogueItem;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.Fact;
import fr.ameguide.eligibility.FigureStatus;
import fr.ameguide.eligibility.KeyDate;
import fr.ameguide.eligibility.Who;
import fr.ameguide.eligibility.Procedure;
import fr.ameguide.eligibility.Reason;
import fr.ameguide.eligibility.ResourceCeiling;
import fr.ameguide.result.ExplainedAssessment.DateText;
import fr.ameguide.result.ExplainedAssessment.DocumentText;
import fr.ameguide.result.ExplainedAssessment.PersonText;
import fr.ameguide.result.ExplainedAssessment.ReasonText;
import fr.ameguide.result.ExplainedAssessment.ServiceText;
import fr.ameguide.result.ExplainedAssessment.StepText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts an assessment into words. One place for the web page, the API and the printed summary. */
public final class Explanation {
    private Explanation() {
    }

    /** How the core read each "I don't know" answer (Unknown), in the order the questions come. */
    private static final Map<Fact, String> UNKNOWN_NOTES = new EnumMap<>(Map.of(
            Fact.UNKNOWN_HAD_VISA, "result.dont_know_visa",
            Fact.UNKNOWN_VISA_EXEMPTION, "result.dont_know_visa_exempt",
            Fact.UNKNOWN_HOSTED_FREE, "result.dont_know_hosted"));

    public static ExplainedAssessment explain(Assessment a, Wording w) {
        Map<String, Object> dateArgs = new LinkedHashMap<>();
        for (KeyDate d : a.dates()) {
            dateArgs.put(d.id(), d.date());
        }
        String outcomeTitle = w.text(MessageKeys.outcomeTitle(a.outcome()), dateArgs);
        String outcomeText = w.text(MessageKeys.outcomeText(a.outcome()), dateArgs);
        String procedure = a.procedure() == Procedure.NONE ? null : w.text(MessageKeys.procedure(a.procedure()));

        List<ReasonText> reasons = new ArrayList<>();
        for (Reason r : a.reasons()) {
            reasons.add(new ReasonText(r.id(), r.met(), w.text(MessageKeys.reason(r.id(), r.met()), r.values())));
        }

        List<String> noteTexts = new ArrayList<>();
        if (a.housingInKind() != null) {
            noteTexts.add(w.text("result.in_kind", "amount", a.housingInKind()));
        }
        UNKNOWN_NOTES.forEach((fact, key) -> {
            if (a.has(fact)) {
                noteTexts.add(w.text(key));
            }
        });

        List<DocumentText> documents = a.documents().stream().map(id -> {
            CatalogueItem item = w.content().documents().get(id);
            return new DocumentText(id, w.text(MessageKeys.docTitle(id)), w.optional(MessageKeys.docHint(id)).orElse(null),
                    item.alternatives().stream().map(alt -> w.text(MessageKeys.docAlternative(id, alt))).toList(),
                    w.content().modelFor(id).map(m -> "/" + w.language().code() + "/models/" + m.slug()).orElse(null));
        }).toList();
        List<StepText> steps = a.steps().stream()
                .map(id -> new StepText(id, w.text(MessageKeys.stepTitle(id), dateArgs), w.text(MessageKeys.stepText(id), dateArgs)))
                .toList();
        List<ServiceText> services = a.services().stream().map(id -> {
            CatalogueItem item = w.content().services().get(id);
            String phoneText = item.phone() == null ? null
                    : w.text("common.phone", "phone", w.formats().isolate(item.phone()), "date", item.phoneChecked());
            return new ServiceText(id, w.text(MessageKeys.serviceName(id)), w.text(MessageKeys.serviceText(id)), item.url(),
                    item.phone(), phoneText);
        }).toList();
        List<DateText> dates = a.dates().stream()
                .map(d -> new DateText(d.id(), w.text(MessageKeys.dateLabel(d.id())), d.date(), w.formats().date(d.date())))
                .toList();
        return new ExplainedAssessment(outcomeTitle, outcomeText, procedure, reasons, noteTexts, documents, steps,
                services, dates, ceilingText(a, w), w.text("result.verified", "date", w.content().rulesLastVerified()),
                a.people().stream().map(p -> new PersonText(p.who().code(), p.count(), p.outcome().name(),
                        p.onApplicantCard(), p.who() == Who.APPLICANT ? null
                        : w.text(MessageKeys.person(p.who(), p.cover()), "count", p.count()))).toList());
    }

    private static String ceilingText(Assessment a, Wording w) {
        ResourceCeiling c = a.threshold();
        if (c == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(w.text("result.ceiling_used", "amount", c.amount(),
                "householdSize", c.householdSize(), "territory", w.text(MessageKeys.territory(c.territory())),
                "validFrom", c.validFrom()));
        if (c.provenance().status() == FigureStatus.COMPUTED) {
            text.append(' ').append(w.text("result.ceiling_computed"));
        }
        if (c.provenance().status() == FigureStatus.UNCONFIRMED) {
            text.append(' ').append(w.text("result.ceiling_unconfirmed"));
        }
        if (c.fromOlderTable()) {
            text.append(' ').append(w.text("result.ceiling_fallback"));
        }
        return text.toString();
    }
}
