package uk.gov.lga.platform.peerchallenge.domain.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The subsidised leadership-programme place a council took up in one financial year. */
@Entity
@Table(name = "leadership_place")
public class LeadershipPlace extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    /** In the sector's notation, e.g. {@code 2026/27}. */
    @Column(name = "financial_year")
    public String financialYear;

    @Column(name = "delegate_name")
    public String delegateName;
}
