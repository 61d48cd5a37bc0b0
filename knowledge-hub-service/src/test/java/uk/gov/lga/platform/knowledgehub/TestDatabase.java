package uk.gov.lga.platform.knowledgehub;

import io.quarkus.test.common.QuarkusTestResource;
import uk.gov.lga.platform.deploy.PostgresTestResource;

/** Every @QuarkusTest of this service runs on a real PostgreSQL started by the project's own starter. */
@QuarkusTestResource(PostgresTestResource.class)
public class TestDatabase {
}
