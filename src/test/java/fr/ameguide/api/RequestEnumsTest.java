package fr.ameguide.api;

import fr.ameguide.eligibility.Outcome;
import fr.ameguide.eligibility.Procedure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
