package fr.ameguide.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Issue 14, finding 1: an amount with a huge exponent made a million-digit addition. Every amount is
 * bounded (9 digits, 2 decimals) and refused with 400 before any arithmetic. The timeout bounds the test
 * (the unbounded sum took over a minute), it does not measure the site.
 */
@QuarkusTest
class BoundedNumbersTest {
    private static final String BODY = """
            {"asOf": "2025-06-01", "presence": "lives_in_france", "territory": "metropole", "status": "no_permit",
             "age": 30, "arrivalDate": "2025-01-10", "householdResources": %s, "housing": "hosted",
             "hostedFree": true, "identityDocument": "id_card", "urgentCare": true, "ame": "never"}""";

    @ParameterizedTest
    @ValueSource(strings = {"1e-1000000", "1e-300000", "0.001", "10339.123", "1234567890", "1e1000000", "-1e-999999", "1E+999999999"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anUnboundedAmountIsRefusedAtOnce(String amount) {
        given().contentType(ContentType.JSON).body(BODY.formatted(amount)).queryParam("lang", "en")
                .post("/api/v1/assessment").then().statusCode(400)
                .body("errors[0].field", equalTo("householdResources"))
                .body(not(containsString("Exception")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-1000000", "1.234.567.890", "9999999999", "12345678901234567890123456789012345678901234567890123456789012345678901234567890"})
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theFormRefusesItWithAMessage(String amount) {
        given().contentType("application/x-www-form-urlencoded")
                .formParam("presence", "lives_in_france").formParam("territory", "metropole").formParam("status", "no_permit")
                .formParam("age", "30").formParam("arrivalDate", "2025-01-10").formParam("hadRegularStay", "no")
                .formParam("partner", "no").formParam("children", "0").formParam("householdResources", amount).formParam("_question", "household-resources")
                .post("/en/check").then().statusCode(400).body(not(containsString("Exception")))
                // the question's own message, not the page for lost answers
                .body(containsString("Write an amount in figures"));
    }
}
