package uk.gov.lga.platform.support;

import io.quarkus.test.common.QuarkusTestResource;
import uk.gov.lga.platform.deploy.PostgresTestResource;

/**
 * Every @QuarkusTest of this module runs a minimal application of this jar's beans on a real PostgreSQL
 * started by the project's own starter (or the server {@code LG_POSTGRES_URL} names).
 */
@QuarkusTestResource(PostgresTestResource.class)
public class TestDatabase {
}
