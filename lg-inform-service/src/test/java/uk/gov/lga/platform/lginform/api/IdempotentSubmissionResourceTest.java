package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.stored;

@QuarkusTest
@TestSecurity(user = "officer.leeds", roles = "council-officer")
@OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
class IdempotentSubmissionResourceTest {

    static final String RETURN = "{\"period\": \"2016/17\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 99}]}";

    @Test
    void retryWithTheSameKeyReturnsTheFirstAnswerAndStoresNothingMore() {
        String key = UUID.randomUUID().toString();
        int first = post(key, RETURN).then().statusCode(201).extract().path("id");
        Fixtures.Stored afterFirst = stored();

        post(key, RETURN).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/data-returns/" + first))
                .body("id", equalTo(first))
                .body("values[0].revision", equalTo(1));

        assertThat(stored()).isEqualTo(afterFirst);
    }

    @Test
    void sameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        post(key, RETURN.replace("2016/17", "2015/16")).then().statusCode(201);
        Fixtures.Stored before = stored();

        post(key, RETURN.replace("2016/17", "2014/15")).then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void rejectedSubmissionCanBeRetriedWithTheSameKeyOnceCorrected() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"period\": \"2013/14\", \"values\": [{\"metric\": \"nope\", \"value\": 1}]}").then().statusCode(422);
        post(key, "{\"period\": \"2013/14\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 1}]}")
                .then().statusCode(201);
    }

    @Test
    void withoutAKeyEachPostIsANewReturn() {
        int first = post(null, RETURN.replace("2016/17", "2012/13")).then().statusCode(201).extract().path("id");
        int second = post(null, RETURN.replace("2016/17", "2012/13")).then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
    }

    private static Response post(String key, String body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/councils/" + LEEDS + "/data-returns");
    }
}
