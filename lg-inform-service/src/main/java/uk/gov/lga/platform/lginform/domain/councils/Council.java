package uk.gov.lga.platform.lginform.domain.councils;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.lga.platform.support.ids.GssCode;

import java.math.BigDecimal;

/** A principal local authority of the UK, identified by its GSS code. */
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

    @Column(name = "combined_authority")
    public String combinedAuthority;

    public Integer population;

    @Column(name = "area_km2")
    public BigDecimal areaKm2;

    public Double latitude;
    public Double longitude;

    public GssCode gss() {
        return GssCode.of(gssCode);
    }
}
