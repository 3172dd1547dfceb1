package fr.ameguide.api;

import fr.ameguide.eligibility.Outcome;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.eligibility.Procedure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI enumerations of the request and response are exactly the codes of the core's enums. */
class RequestEnumsTest {
    @Test
    void everyChoiceFieldDocumentsTheCodesItAccepts() throws Exception {
        int checked = 0;
        for (RecordComponent c : AssessmentRequest.class.getRecordComponents()) {
            OneOf oneOf = c.getAnnotation(OneOf.class);
            if (oneOf == null) {
                continue;
            }
            Schema schema = AssessmentRequest.class.getDeclaredField(c.getName()).getAnnotation(Schema.class);
            assertEquals(List.of(OneOf.Check.codes(oneOf.value())), List.of(schema.enumeration()), c.getName());
            checked++;
        }
        assertEquals(6, checked, "presence, territory, status, housing, identityDocument, ame");
    }

    @Test
    void outcomesAndProceduresAreDocumentedFromTheirEnums() throws Exception {
        Schema outcome = AssessmentResponse.class.getDeclaredField("outcome").getAnnotation(Schema.class);
        Schema procedure = AssessmentResponse.class.getDeclaredField("procedure").getAnnotation(Schema.class);
        assertEquals(Arrays.stream(Outcome.values()).map(Enum::name).toList(), List.of(outcome.enumeration()));
        assertEquals(Arrays.stream(Procedure.values()).map(Enum::name).toList(), List.of(procedure.enumeration()));
    }

    /**
     * The families api.error.<code> and field.<name> are enumerated from the core's Problem (checked at start):
     * every field of the request and every code its annotations give are among them.
     */
    @Test
    void everyFieldAndValidationCodeOfTheRequestHasItsSentence() throws Exception {
        int codes = 0;
        for (RecordComponent c : AssessmentRequest.class.getRecordComponents()) {
            assertTrue(Problem.fields().contains(c.getName()), c.getName() + " is not in Problem.fields()");
            for (Annotation a : AssessmentRequest.class.getDeclaredField(c.getName()).getAnnotations()) {
                try {
                    Object message = a.annotationType().getMethod("message").invoke(a);
                    assertTrue(Problem.CODES.contains(message), c.getName() + ": " + message + " is not in Problem.CODES");
                    codes++;
                } catch (NoSuchMethodException noMessage) {
                    // @Schema
                }
            }
        }
        assertEquals(AssessmentRequest.class.getRecordComponents().length + 1, Problem.fields().size(), "and body");
        assertTrue(codes > 20, "validation codes checked: " + codes);
    }
}
