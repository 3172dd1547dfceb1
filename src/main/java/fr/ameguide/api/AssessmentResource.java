package fr.ameguide.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ameguide.content.Content;
import fr.ameguide.content.Source;
import fr.ameguide.eligibility.Answers;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.InvalidAnswers;
import fr.ameguide.eligibility.OutsideKnownRules;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.eligibility.ResourceCeiling;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.ExplainedAssessment;
import fr.ameguide.result.Explanation;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Today;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * POST /api/v1/assessment: the same decision as the questionnaire, for partners' sites.
 * The body is read here, not by the framework, so that every bad input gets a 400 with a message in
 * the requested language (malformed JSON, wrong types, huge bodies) and nothing of it is logged.
 */
@Path("/api/v1/assessment")
public class AssessmentResource {
    static final int MAX_BODY_BYTES = 16 * 1024;

    @Inject
    Content content;
    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    Today today;

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
            String codes = content.languages().offered().stream().map(Language::code).collect(Collectors.joining(", "));
            return bad(List.of(new ApiErrors.FieldError("lang", w.text("api.error.unknown_language", "languages", codes))));
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            return bad(w, List.of(new Problem("body", "not_json")));
        }
        if (bytes.length > MAX_BODY_BYTES) {
            return bad(w, List.of(new Problem("body", "too_large")));
        }
        AssessmentRequest request;
        try {
            request = mapper.readValue(bytes, AssessmentRequest.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            return bad(w, List.of(field == null ? new Problem("body", "not_json") : new Problem(field, typeProblem(e))));
        } catch (InputCoercionException e) {
            String field = currentName(e);
            return bad(w, List.of(new Problem(field == null ? "body" : field, field == null ? "not_json" : "out_of_range")));
        } catch (IOException e) {
            return bad(w, List.of(new Problem("body", "not_json")));
        }
        if (request == null) {
            return bad(w, List.of(new Problem("body", "not_json")));
        }

        Map<String, Problem> byField = new LinkedHashMap<>();
        for (ConstraintViolation<AssessmentRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().iterator().next().getName();
            byField.putIfAbsent(field, new Problem(field, v.getMessage()));
        }
        RequestAnswers.contractProblems(request, adultAge(request)).forEach(p -> byField.putIfAbsent(p.field(), p));
        if (!byField.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (RecordComponent c : AssessmentRequest.class.getRecordComponents()) {
                if (byField.containsKey(c.getName())) {
                    problems.add(byField.get(c.getName())); // in the order of the contract's table
                }
            }
            return bad(w, problems);
        }
        Answers answers = RequestAnswers.toAnswers(request, today.date());
        Assessment assessment;
        try {
            assessment = content.eligibility().assess(answers);
        } catch (InvalidAnswers e) {
            return bad(w, e.problems());
        } catch (OutsideKnownRules e) {
            return bad(w, List.of(new Problem("asOf", Problem.OUTSIDE_KNOWN_RULES)));
        }
        return Response.ok(response(assessment, w)).header("Cache-Control", "no-store").build();
    }

    /** The adult age in force on the request's day (or today when that day is unusable). */
    private int adultAge(AssessmentRequest request) {
        LocalDate on = today.date();
        try {
            if (request.asOf() != null) {
                on = IsoDate.Check.parse(request.asOf());
            }
            return content.eligibility().rules().durationsAt(on).adultAge();
        } catch (RuntimeException unusable) {
            return content.eligibility().rules().durationsAt(today.date()).adultAge();
        }
    }

    private AssessmentResponse response(Assessment a, Wording w) {
        ExplainedAssessment e = Explanation.explain(a, w, List.of());
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

    private static String typeProblem(JsonMappingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("Integer") || message.contains("BigDecimal") || message.contains("int")) {
            return "invalid_number";
        }
        return "invalid_choice";
    }

    private static String currentName(JsonProcessingException e) {
        try {
            return e.getProcessor() instanceof JsonParser p ? p.currentName() : null;
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }

    private static Response bad(Wording w, List<Problem> problems) {
        return bad(problems.stream().map(p -> new ApiErrors.FieldError(p.field(), message(w, p))).toList());
    }

    private static Response bad(List<ApiErrors.FieldError> errors) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").entity(new ApiErrors(errors)).build();
    }

    static String message(Wording w, Problem p) {
        String key = "api.error." + p.code();
        String field = w.optional("field." + p.field()).orElse(p.field());
        return w.optional(key, "field", field).orElse(w.text("api.error.invalid_choice", "field", field));
    }
}
