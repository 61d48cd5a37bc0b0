package uk.gov.lga.platform.lginform.domain.dashboards;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import uk.gov.lga.platform.support.ids.GssCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A named set of metrics for one council, kept by its officers; private unless made public. */
@Entity
@Table(name = "dashboard")
public class Dashboard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    public String name;

    @Column(name = "is_public")
    public boolean isPublic;

    @Column(name = "comparison_group")
    public String comparisonGroup;

    /** Metric ids in the order the dashboard shows them; a page of dashboards loads its lists in one query. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "dashboard_metric", joinColumns = @JoinColumn(name = "dashboard_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "metric_id")
    public List<String> metrics = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The council the dashboard belongs to. */
    public GssCode gss() {
        return GssCode.of(councilCode);
    }
}
