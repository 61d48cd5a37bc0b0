package uk.gov.lga.platform.lginform.domain.councils;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.lga.platform.support.ids.GssCode;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A principal local authority of the UK, identified by its GSS code: one of today's, or one abolished since 2019,
 * each with the interval of its life ({@link #lifespan()}).
 */
@Entity
@Table(name = "council")
public class Council extends PanacheEntityBase {

    @Id
    @Column(name = "gss_code")
    public String gssCode;

    public String code;
    public String name;

    @Column(name = "official_name")
    public String officialName;

    public String nation;
    public String region;
    public String type;

    @Column(name = "type_name")
    public String typeName;

    public String tier;

    /** For a two-tier district: the three-letter code of its county. */
    @Column(name = "county_code")
    public String countyCode;

    /** For a two-tier district: the GSS code of its county. */
    @Column(name = "county_gss_code")
    public String countyGssCode;

    @Column(name = "combined_authority")
    public String combinedAuthority;

    public Integer population;

    @Column(name = "area_km2")
    public BigDecimal areaKm2;

    public Double latitude;
    public Double longitude;

    /** The first day of its life; null where the register does not know it (it existed before any date we hold). */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The last day of its life; null while it exists. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    public Lifespan lifespan() {
        return new Lifespan(validFrom, validTo);
    }

    /** Abolished: its life has a last day (every such council of the register was replaced by successors). */
    public boolean abolished() {
        return validTo != null;
    }

    public GssCode gss() {
        return GssCode.of(gssCode);
    }
}
