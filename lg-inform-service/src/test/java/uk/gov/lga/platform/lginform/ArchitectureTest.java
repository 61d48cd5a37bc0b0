package uk.gov.lga.platform.lginform;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.gov.lga.platform.testsupport.ServiceArchitecture;

import java.util.stream.Stream;

/** The dependency rules of the one service skeleton (root README), each its own test: a wrong import fails the build. */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> dependenciesPointOneWay() {
        return ServiceArchitecture.of("uk.gov.lga.platform.lginform").tests();
    }
}
