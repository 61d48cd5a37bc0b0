package uk.gov.lga.platform.peerchallenge.domain.organisations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member of the offer this service knows: a council, copied from LG Inform's register as its
 * {@code CouncilRegistered} events arrive (never edited here), with its political control from
 * {@code PoliticalControlChanged}; or a fire and rescue authority a platform admin registered.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    /** GSS code (councils) or ONS code (fire and rescue authorities, E31...). */
    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    public String name;
    public String nation;
    public String region;

    @Column(name = "council_type")
    public String councilType;

    public String tier;

    /** A two-tier district's county (GSS code). */
    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "fire_authority_kind")
    public String fireAuthorityKind;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The last day of its life; null while it exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> successors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> predecessors = new ArrayList<>();

    /** The controlling party, or NO_OVERALL_CONTROL; null until LG Inform records one. */
    @Column(name = "political_control")
    public String politicalControl;

    @Column(name = "control_since")
    public LocalDate controlSince;

    /** The party of the council's leader; null where LG Inform does not know it. */
    @Column(name = "leader_party")
    public String leaderParty;

    /** True while the political control is one of the demo data's made-up records. */
    @Column(name = "control_synthetic")
    public boolean controlSynthetic;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
