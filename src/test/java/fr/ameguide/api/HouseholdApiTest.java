package fr.ameguide.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.ameguide.api.AssessmentApiTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static fr.ameguide.testing.Sentences.en;

/** The additions of December 2026 to the assessment API: household fields, people, COURT_APPEAL, bad input. */
@QuarkusTest
class HouseholdApiTest {
    private static String body(String extra) {
        return """
                {"asOf": "2025-06-01", "presence": "lives_in_france", "territory": "metropole", "status": "no_permit",
                 "age": 40, "arrivalDate": "2022-03-01", "householdResources": 40000, "housing": "own_home",
                 "identityDocument": "passport", "ame": "never", "partner": true, "children": 3 %s}""".formatted(extra);
    }

    @Test
    void peopleSayWhatEachGroupCanHave() {
        post(body(", \"minorChildren\": 2"), "en").statusCode(200)
                .body("outcome", equalTo("AME_RESOURCES_TOO_HIGH"))
                .body("people.who", equalTo(List.of("applicant", "partner", "minor_children", "other_children")))
                .body("people.count", equalTo(List.of(1, 1, 2, 1)))
                .body("people.outcome", equalTo(List.of("AME_RESOURCES_TOO_HIGH", "AME_RESOURCES_TOO_HIGH",
                        "AME_ELIGIBLE", "AME_RESOURCES_TOO_HIGH")))
                .body("people.onApplicantCard", equalTo(List.of(false, false, false, false)))
                .body("people[0].text", nullValue())
                .body("people[2].text", containsString("2"))
                .body("people.text", not(hasItem(containsString("{"))));
    }

    @Test
    void aRegularStatusPartnersShareIsLeftOutAndThePartnerHasPuma() {
        post(body(", \"children\": 0, \"partnerRegularStatus\": true, \"partnerResources\": 40000"), null).statusCode(200)
                .body("outcome", equalTo("AME_ELIGIBLE"))
                .body("countedResources", equalTo(0))
                .body("threshold.householdSize", equalTo(2))
                .body("people.find { it.who == 'partner' }.outcome", equalTo("PUMA_INSTEAD"))
                .body("people.find { it.who == 'partner' }.onApplicantCard", equalTo(false))
                .body("reasons.id", hasItem("partner_resources_excluded"));
    }

    @Test
    void alimonyIsDeducted() {
        post(body(", \"partner\": false, \"children\": 0, \"householdResources\": 11000, \"alimonyPaid\": 700"), null)
                .statusCode(200).body("countedResources", equalTo(10300)).body("outcome", equalTo("AME_ELIGIBLE"));
    }

    @Test
    void aRecoursSentLeadsToTheCourt() {
        post(body(", \"partner\": false, \"children\": 0, \"householdResources\": 1000, \"ame\": \"appealed\", "
                + "\"ameDate\": \"2025-03-10\""), "fr").statusCode(200)
                .body("procedure", equalTo("COURT_APPEAL"))
                .body("procedureText", containsString("tribunal administratif"))
                .body("dates.find { it.id == 'appealDeadline' }.date", equalTo("2025-07-10"));
    }

    @Test
    void badHouseholdFieldsGetOneMessageEachInTheRequestedLanguage() {
        post(body(", \"minorChildren\": 4, \"partnerResources\": 50000, \"alimonyPaid\": -1"), "en").statusCode(400)
                .body("errors", hasSize(3))
                .body("errors.field", equalTo(List.of("minorChildren", "partnerResources", "alimonyPaid")))
                .body("errors.find { it.field == 'minorChildren' }.message",
                        equalTo("The number of children under 18 cannot be more than the number of dependants."))
                .body("errors.find { it.field == 'partnerResources' }.message",
                        equalTo(en("api.error.above_household_resources")))
                .body("errors.find { it.field == 'alimonyPaid' }.message", containsString(en("field.alimonyPaid")));
    }

    @Test
    void amountsAreBounded() {
        post(body(", \"alimonyPaid\": 12345678901, \"partnerResources\": 1.234"), "fr").statusCode(400)
                .body("errors.field", equalTo(List.of("partnerResources", "alimonyPaid")))
                .body("errors.message", not(hasItem(nullValue())));
    }

    @Test
    void theOpenApiEnumerationsAreTheCoresCodes() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.AssessmentRequest.properties.ame.enum", hasItem("appealed"))
                .body("components.schemas.AssessmentResponse.properties.procedure.enum", hasItem("COURT_APPEAL"))
                .body("components.schemas.AssessmentResponse.properties.people", notNullValue());
    }
}
