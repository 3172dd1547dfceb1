package fr.ameguide.api;

import fr.ameguide.content.Content;
import fr.ameguide.eligibility.Answers;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.InvalidAnswers;
import fr.ameguide.eligibility.OutsideKnownRules;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.InputStream;
import java.util.List;

/**
 * POST /api/v1/assessment: the same decision as the questionnaire, for partners' sites.
 * The body is read by {@link AssessmentReader}, not by the framework, so that every bad input gets a
 * 400 with a message in the requested language (malformed JSON, wrong types, huge bodies) and nothing
 * of it is logged.
 */
@Path("/api/v1/assessment")
public class AssessmentResource {
    @Inject
    Content content;
    @Inject
    AssessmentReader reader;
    @Inject
    AssessmentMapper mapper;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a situation", description = "Returns the outcome, the procedure, the documents, "
            + "steps, services and key dates. Nothing of the request is stored or logged.")
    @RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRequest.class)))
    @APIResponse(responseCode = "200", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad input, one entry per field",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response assess(@Parameter(description = "Language of the texts (default fr)") @QueryParam("lang") String lang,
                           InputStream body) {
        Language language = content.languages().offered(lang == null ? Language.SOURCE : lang).orElse(null);
        Wording w = new Wording(content, language == null ? content.languages().source() : language);
        if (language == null) {
            return ApiReplies.unknownLanguage(content, w);
        }
        AssessmentReader.Read read = reader.read(body);
        if (!read.problems().isEmpty()) {
            return ApiReplies.bad(w, read.problems());
        }
        Answers answers = mapper.answers(read.request());
        Assessment assessment;
        try {
            assessment = content.eligibility().assess(answers);
        } catch (InvalidAnswers e) {
            return ApiReplies.bad(w, e.problems());
        } catch (OutsideKnownRules e) {
            return ApiReplies.bad(w, List.of(new Problem("asOf", Problem.OUTSIDE_KNOWN_RULES)));
        }
        return ApiReplies.ok(mapper.response(assessment, w));
    }
}
