package uk.gov.lga.platform.peerchallenge.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;
import java.util.List;

/**
 * LG Inform's comparisons of a council's published values: open data, so no token is sent. Address:
 * {@code quarkus.rest-client.lg-inform.url}. Only what the data pack reads is mapped; anything else LG Inform adds
 * is ignored. Called through {@link LgInformComparisons}, which adds timeout, retry, circuit breaker and fallback.
 */
@RegisterRestClient(configKey = "lg-inform")
@Path("/councils")
@Produces(MediaType.APPLICATION_JSON)
public interface LgInformClient {

    /**
     * {@code GET /councils/{gssCode}/comparisons?metric=a,b&group=nearest-neighbours:{gssCode}}: one comparison per
     * metric at its newest published period, against the group and against England.
     */
    @GET
    @Path("/{gssCode}/comparisons")
    Comparisons compare(@PathParam("gssCode") String gssCode, @QueryParam("metric") String metrics,
                        @QueryParam("group") String group);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comparisons(String gssCode, String name, List<Comparison> comparisons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comparison(Metric metric, String period, BigDecimal value, Against group, Against england, Travel travel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metric(String id, String title, String unit, String polarity) {
    }

    /** A group's statistics and the council's place in it (rank 1 is best by the metric's polarity). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Against(String id, String name, int members, int count, BigDecimal lowerQuartile, BigDecimal median,
                   BigDecimal upperQuartile, Integer rank, Integer outOf, Integer quartile, String band,
                   String bandText) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Travel(String previousPeriod, BigDecimal previousValue, String direction) {
    }
}
