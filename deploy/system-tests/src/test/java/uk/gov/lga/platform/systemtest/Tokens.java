package uk.gov.lga.platform.systemtest;

import io.restassured.RestAssured;

/** Access tokens from the real Keycloak, as a frontend (lg-console) or a benchmarking club would get them. */
final class Tokens {

    private Tokens() {
    }

    static String forUser(String realmUrl, String username) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "lg-console")
                .formParam("username", username)
                .formParam("password", "demo")
                .when().post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    static String forBenchmarkingClub(String realmUrl) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "benchmarking-club-demo")
                .formParam("client_secret", "demo-secret")
                .when().post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
