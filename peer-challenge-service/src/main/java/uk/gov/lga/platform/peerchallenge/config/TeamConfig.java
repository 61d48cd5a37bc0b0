package uk.gov.lga.platform.peerchallenge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How teams are matched to peer challenges ({@code peer-challenge.teams.*}). */
@ConfigMapping(prefix = "peer-challenge.teams")
public interface TeamConfig {

    /** Peers on a team, by the challenge's shape (the LGA's challenge manager comes on top). */
    Size size();

    /**
     * The most days a peer gives to challenges in one financial year (April to March): the days of every visit
     * of the challenges they are invited to or have accepted, this one included.
     */
    @WithDefault("20")
    int yearlyDayCap();

    /** How far back "days given recently" reaches for sharing the load, in months before the first visit day. */
    @WithDefault("24")
    int recentMonths();

    /**
     * Years before the first visit day in which a challenge between the hosts and an organisation (either one
     * hosting, the other providing an accepted team member) keeps that organisation's peers off the team.
     */
    @WithDefault("5")
    int conflictYears();

    interface Size {

        /** One council or authority. */
        @WithDefault("5")
        int single();

        /** Two councils sharing a chief executive and management team. */
        @WithDefault("6")
        int sharedManagement();

        /** A county in parallel with its districts. */
        @WithDefault("7")
        int countyWithDistricts();

        /** Several councils of a sub-region. */
        @WithDefault("7")
        int subRegional();

        /** A council with its public-sector partners. */
        @WithDefault("6")
        int withPartners();
    }
}
