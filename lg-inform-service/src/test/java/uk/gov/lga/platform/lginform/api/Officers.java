package uk.gov.lga.platform.lginform.api;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;

/** Requests as council systems send them. */
final class Officers {

    static final String LEEDS = "E08000035";
    static final String YORK = "E06000014";

    private Officers() {
    }

    static Response postCsv(String council, String csv) {
        return given().contentType("text/csv").body(csv).when().post("/councils/" + council + "/data-returns");
    }

    static Response postJson(String council, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/councils/" + council + "/data-returns");
    }
}
