package fr.ameguide.api;

import fr.ameguide.config.Today;
import fr.ameguide.content.Content;
import fr.ameguide.content.Source;
import fr.ameguide.eligibility.Answers;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.ResourceCeiling;
import fr.ameguide.result.ExplainedAssessment;
import fr.ameguide.result.Explanation;
import fr.ameguide.result.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Between the API's contract and the core: a valid request becomes the core's answers, and an
 * assessment becomes the response, with the same texts as the result page.
 */
@ApplicationScoped
class AssessmentMapper {
    @Inject
    Content content;
    @Inject
    Today today;

    /** Without an asOf, the request is assessed on today's date. */
    Answers answers(AssessmentRequest request) {
        return RequestAnswers.toAnswers(request, today.date());
    }

    AssessmentResponse response(Assessment a, Wording w) {
        ExplainedAssessment e = Explanation.explain(a, w);
        ResourceCeiling c = a.threshold();
        AssessmentResponse.Threshold threshold = null;
        if (c != null) {
            Source s = content.sources().get(c.provenance().sourceId());
            threshold = new AssessmentResponse.Threshold(c.amount(), c.householdSize(), c.territory().code(), c.validFrom(),
                    c.provenance().status().code(), s.title() + " " + s.url());
        }
        return new AssessmentResponse(a.outcome().name(), a.procedure().name(), a.rightsFrom(), threshold,
                a.countedResources(), e.documents(), e.steps(), e.services(), e.dates(), a.asOf(),
                w.language().code(), e.outcomeTitle(), e.outcomeText(), e.procedureText(), e.reasons(), e.notes(),
                a.housingInKind(), content.rulesLastVerified(), e.people());
    }
}
