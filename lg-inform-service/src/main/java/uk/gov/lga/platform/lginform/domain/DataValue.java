package uk.gov.lga.platform.lginform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One value of one metric for one period, as a data return reported it. */
@Entity
@Table(name = "data_value")
public class DataValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "data_return_id")
    public DataReturn dataReturn;

    @Column(name = "council_code")
    public String councilCode;

    @Column(name = "metric_id")
    public String metricId;

    public String period;
    public BigDecimal value;
}
