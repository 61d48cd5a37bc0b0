package uk.gov.lga.platform.gateway.edge;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.gateway.HostilePaths;
import uk.gov.lga.platform.gateway.routing.ServiceRoute;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the edge's one reading of a path, over generated hostile paths and over arbitrary
 * strings: it only ever refuses (never fails otherwise), its result is a fixed point, and no path that any
 * lenient reader behind the gateway would take for a service's hidden management endpoint gets through
 * unblocked.
 */
class EdgePathPropertyTest {

    private static final List<ServiceRoute> ROUTES = HostilePaths.SERVICES.stream()
            .map(name -> new ServiceRoute(name, URI.create("http://127.0.0.1:1"))).toList();

    @Test
    void generatedHostilePathsAreRefusedOrBlockedOrHarmless() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < 5000; i++) {
            String target = HostilePaths.path(generated);
            check(target, generated.describe(target));
        }
    }

    @Test
    void arbitraryCharactersAreRefusedOrBlockedOrHarmless() {
        GeneratedStrings generated = new GeneratedStrings();
        StringBuilder latin1 = new StringBuilder();
        for (char c = 0; c <= 0xff; c++) {
            latin1.append(c);
        }
        for (int i = 0; i < 3000; i++) {
            String target = "/api/radar/" + generated.of(generated.nextInt(41), latin1.toString());
            check(target, generated.describe(target));
        }
    }

    private static void check(String target, String described) {
        String raw = pathOf(target);
        String normal;
        try {
            normal = EdgePath.normalise(raw);
        } catch (EdgePath.Refused refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(EdgePath.normalise(normal)).as("fixed point of %s", described).isEqualTo(normal);
        assertThat(normal).matches("(/[A-Za-z0-9._~!$&'()*+,=:@%-]+)*/?");
        assertThat(normal.split("/")).doesNotContain(".", "..");
        boolean blocked = blocked(normal);
        if (!blocked) {
            assertThat(HostilePaths.reachesHiddenManagement(normal)).as("%s normalised to %s", described, normal).isFalse();
        }
        if (HostilePaths.reachesHiddenManagement(raw)) {
            assertThat(blocked).as("%s (normalised %s) is read as a hidden management path downstream", described, normal).isTrue();
        }
    }

    /** What the gateway does with a normalised path: no route, or a hidden management path of a service. */
    private static boolean blocked(String normal) {
        return ServiceRoute.forPath(ROUTES, normal)
                .map(route -> ServiceRoute.isHiddenManagementPath(route.servicePath(normal)))
                .orElse(!normal.startsWith("/api/") ? false : true);
    }

    /** The path Vert.x hands the gateway: the request target up to its query (or a fragment). */
    private static String pathOf(String target) {
        int end = target.length();
        for (char c : new char[] {'?', '#'}) {
            int at = target.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return target.substring(0, end);
    }
}
