package fr.ameguide.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ameguide.config.Today;
import fr.ameguide.content.Content;
import fr.ameguide.eligibility.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an assessment request from its body, here and not by the framework, so that every bad input
 * (malformed JSON, wrong types, huge bodies, a broken contract) becomes problems the resource can
 * word in the requested language, and nothing of it is logged.
 */
@ApplicationScoped
class AssessmentReader {
    @Inject
    Content content;
    @Inject
    ObjectMapper mapper;
    @Inject
    Validator validator;
    @Inject
    Today today;

    /** The request, or (when it is null) what is wrong with the body, in the order of the contract's table. */
    record Read(AssessmentRequest request, List<Problem> problems) {
        static Read refused(String field, String code) {
            return new Read(null, List.of(new Problem(field, code)));
        }
    }

    Read read(InputStream body) {
        byte[] bytes;
        try {
            bytes = BoundedBody.read(body);
        } catch (IOException e) {
            return Read.refused(Problem.BODY, Problem.NOT_JSON);
        }
        if (BoundedBody.tooLarge(bytes)) {
            return Read.refused(Problem.BODY, Problem.TOO_LARGE);
        }
        AssessmentRequest request;
        try {
            request = mapper.readValue(bytes, AssessmentRequest.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            return field == null ? Read.refused(Problem.BODY, Problem.NOT_JSON) : Read.refused(field, typeProblem(e));
        } catch (InputCoercionException e) {
            String field = currentName(e);
            return Read.refused(field == null ? Problem.BODY : field, field == null ? Problem.NOT_JSON : Problem.OUT_OF_RANGE);
        } catch (IOException e) {
            return Read.refused(Problem.BODY, Problem.NOT_JSON);
        }
        if (request == null) {
            return Read.refused(Problem.BODY, Problem.NOT_JSON);
        }
        return new Read(request, problems(request));
    }

    /** The first problem of each field, from the annotations and then from the checks across fields. */
    private List<Problem> problems(AssessmentRequest request) {
        Map<String, Problem> byField = new LinkedHashMap<>();
        for (ConstraintViolation<AssessmentRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().iterator().next().getName();
            byField.putIfAbsent(field, new Problem(field, v.getMessage()));
        }
        RequestAnswers.contractProblems(request, adultAge(request)).forEach(p -> byField.putIfAbsent(p.field(), p));
        List<Problem> problems = new ArrayList<>();
        for (RecordComponent c : AssessmentRequest.class.getRecordComponents()) {
            if (byField.containsKey(c.getName())) {
                problems.add(byField.get(c.getName())); // in the order of the contract's table
            }
        }
        return problems;
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

    private static String typeProblem(JsonMappingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("Integer") || message.contains("BigDecimal") || message.contains("int")) {
            return Problem.INVALID_NUMBER;
        }
        return Problem.INVALID_CHOICE;
    }

    private static String currentName(JsonProcessingException e) {
        try {
            return e.getProcessor() instanceof JsonParser p ? p.currentName() : null;
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }
}
