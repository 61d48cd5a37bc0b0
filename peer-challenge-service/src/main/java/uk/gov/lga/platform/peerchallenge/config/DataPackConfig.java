package uk.gov.lga.platform.peerchallenge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/**
 * The data pack of a peer challenge ({@code peer-challenge.data-pack.*}): which LG Inform metrics each host is
 * compared on against its nearest neighbours. LG Inform's own address is {@code quarkus.rest-client.lg-inform.url}.
 */
@ConfigMapping(prefix = "peer-challenge.data-pack")
public interface DataPackConfig {

    /**
     * LG Inform metric ids, in the order the pack shows them: by default two of each family of the core set (cost
     * and efficiency, outcomes, satisfaction) and the reserves a financial-planning finding looks at first.
     */
    @WithDefault("reserves-share-of-nre,spend-per-head,council-tax-collection-rate,household-waste-recycled,"
            + "major-planning-applications-in-time,households-in-temporary-accommodation,residents-satisfied,"
            + "council-value-for-money")
    List<String> metrics();
}
