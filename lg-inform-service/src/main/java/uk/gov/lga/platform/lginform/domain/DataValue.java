package uk.gov.lga.platform.lginform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One revision of one council's value of one metric for one period, as a data return reported it. */
@Entity
@Table(name = "data_value")
public class DataValue extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "data_return_id")
    public Long dataReturnId;

    @Column(name = "council_code")
    public String councilCode;

    @Column(name = "metric_id")
    public String metricId;

    public String period;
    public int revision;
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    public ValueStatus status;

    public String note;
}
