package fr.ameguide.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The public contract of shared/domain/assessment-api.md, and bad input answered with 400, never 5xx. */
@QuarkusTest
class AssessmentApiTest {
    static final String ELIGIBLE = """
            {"asOf": "2025-06-01", "presence": "lives_in_france", "territory": "metropole", "status": "no_permit",
             "age": 30, "arrivalDate": "2025-01-10", "householdResources": 10339, "housing": "hosted",
             "hostedFree": false, "identityDocument": "id_card", "urgentCare": true, "ame": "never"}""";

    /** Posts a body to the API, in the given language (none: the default). */
    static ValidatableResponse post(String body, String lang) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (lang != null) {
            request = request.queryParam("lang", lang);
        }
        return request.when().post("/api/v1/assessment").then();
    }

    @Test
    void anEligibleSituationFollowsTheContract() {
        post(ELIGIBLE, null).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("outcome", equalTo("AME_ELIGIBLE"))
                .body("procedure", equalTo("FIRST_APPLICATION"))
                .body("rightsFrom", nullValue())
                .body("threshold.amount", equalTo(10339))
                .body("threshold.householdSize", equalTo(1))
                .body("threshold.territory", equalTo("metropole"))
                .body("threshold.validFrom", equalTo("2025-04-01"))
                .body("countedResources", equalTo(10339))
                .body("documents.id", equalTo(List.of("application_form", "identity_document", "sworn_statement_no_passport",
                        "proof_of_presence", "host_certificate", "proof_of_resources", "photo", "medical_certificate")))
                .body("documents.title", everyItem(notNullValue()))
                .body("steps.id", hasItem("file_in_person"))
                .body("steps.title", everyItem(notNullValue()))
                .body("services.id", hasItem("cpam"))
                .body("services.name", everyItem(notNullValue()))
                .body("dates.find { it.id == 'decisionExpectedBy' }.date", equalTo("2025-08-01"))
                .body("dates.find { it.id == 'renewFrom' }.date", equalTo("2026-04-01"))
                .body("dates.id", not(hasItem("appealDeadline")))
                .body("documents[0].title", containsString("formulaire"));
    }

    @Test
    void theLanguageChangesOnlyTheTexts() {
        post(ELIGIBLE, "en").statusCode(200)
                .body("outcome", equalTo("AME_ELIGIBLE"))
                .body("language", equalTo("en"))
                .body("documents[0].title", startsWith("The AME application form"))
                .body("reasons.find { it.id == 'resources' }.met", equalTo(true));
    }

    @Test
    void tooRecentGivesTheDayRightsStart() {
        post(ELIGIBLE.replace("2025-01-10", "2025-04-20"), null).statusCode(200)
                .body("outcome", equalTo("AME_ELIGIBLE_LATER"))
                .body("rightsFrom", equalTo("2025-07-20"))
                .body("dates.find { it.id == 'rightsFrom' }.date", equalTo("2025-07-20"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        post(ELIGIBLE.replace("\"age\": 30", "\"age\": 30, \"favouriteColour\": \"blue\""), null).statusCode(200);
    }

    @Test
    void aWrongEnumIsNamedInTheRequestedLanguage() {
        post(ELIGIBLE.replace("\"metropole\"", "\"paris\""), "en").statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("territory"))
                .body("errors[0].message", equalTo("where you live: this value is not possible."));
        post(ELIGIBLE.replace("\"metropole\"", "\"paris\""), null).statusCode(400)
                .body("errors[0].message", equalTo("La valeur donnée pour le lieu de vie n’est pas possible."));
    }

    @Test
    void eachBadFieldGetsOneEntry() {
        String body = """
                {"asOf": "2025-02-30", "presence": "here", "territory": "metropole", "status": "no_permit",
                 "age": -4, "arrivalDate": "2025-01-10", "householdResources": -10, "housing": "hosted",
                 "identityDocument": "passport", "ame": "refused", "children": 500}""";
        post(body, "en").statusCode(400)
                .body("errors.field", equalTo(List.of("asOf", "presence", "age", "children", "householdResources", "ameDate")))
                .body("errors.find { it.field == 'asOf' }.message", containsString("does not exist"))
                .body("errors.find { it.field == 'ameDate' }.message", containsString("missing"));
    }

    @Test
    void missingRequiredFieldsAreListed() {
        post("{}", "en").statusCode(400)
                .body("errors.field", equalTo(List.of("presence", "territory", "status", "age", "householdResources",
                        "housing", "identityDocument", "ame")));
        post(ELIGIBLE.replace("\"arrivalDate\": \"2025-01-10\",", ""), "en").statusCode(400)
                .body("errors.field", equalTo(List.of("arrivalDate")));
    }

    @Test
    void datesAfterTheFilingDayAreRefused() {
        post(ELIGIBLE.replace("2025-01-10", "2025-07-01"), "en").statusCode(400)
                .body("errors[0].field", equalTo("arrivalDate"))
                .body("errors[0].message", containsString("after the application date"));
    }

    @Test
    void datesBeforeTheRulesWeKnowAreRefused() {
        post(ELIGIBLE.replace("2025-06-01", "2019-06-01").replace("2025-01-10", "2019-01-10"), "en").statusCode(400)
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString("rules on that date"));
    }

    @Test
    void wrongTypesAreNamed() {
        post(ELIGIBLE.replace("\"age\": 30", "\"age\": \"thirty\""), "en").statusCode(400)
                .body("errors[0].field", equalTo("age"))
                .body("errors[0].message", containsString("not a number"));
        post(ELIGIBLE.replace("\"hostedFree\": false", "\"hostedFree\": \"maybe\""), "en").statusCode(400)
                .body("errors[0].field", equalTo("hostedFree"));
        post(ELIGIBLE.replace("\"age\": 30", "\"age\": 99999999999999"), "en").statusCode(400)
                .body("errors[0].field", equalTo("age"));
        post(ELIGIBLE.replace("10339", "1e400"), "en").statusCode(400)
                .body("errors[0].field", equalTo("householdResources"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "[1,2]", "\"text\"", "", "null", "{\"presence\": }"})
    void malformedBodiesAre400(String body) {
        post(body, "en").statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void deeplyNestedBodiesAre400() {
        post("{\"a\":" + "[".repeat(3000), "en").statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void hugeBodiesAre400() {
        String huge = ELIGIBLE.replace("\"age\": 30", "\"age\": 30, \"padding\": \"" + "x".repeat(200_000) + "\"");
        post(huge, "en").statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("too large"));
    }

    @Test
    void anUnofferedLanguageIsRefusedWithTheList() {
        post(ELIGIBLE, "xx").statusCode(400).body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", containsString("fr"));
    }

    @Test
    void otherContentTypesAreReadAsJson() {
        given().contentType("text/plain").body(ELIGIBLE).post("/api/v1/assessment").then().statusCode(200);
    }

    @Test
    void wrongMethodsAndAddressesAreNot5xx() {
        given().get("/api/v1/assessment").then().statusCode(lessThan(500));
        given().get("/api/v2/assessment").then().statusCode(lessThan(500));
    }

    @Test
    void theContractIsDescribedInOpenApi() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/assessment"))
                .body(containsString("AssessmentRequest"))
                .body(containsString("householdResources"))
                .body(containsString("AME_ELIGIBLE_LATER"));
    }

    @Test
    void healthAnswers() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
