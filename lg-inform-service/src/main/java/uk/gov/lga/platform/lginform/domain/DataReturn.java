package uk.gov.lga.platform.lginform.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One submission of values by a council for one period; a later one for the same period is the next revision. */
@Entity
@Table(name = "data_return")
public class DataReturn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    public String period;
    public int revision;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @OneToMany(mappedBy = "dataReturn", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<DataValue> values = new ArrayList<>();

    public static int nextRevision(String councilCode, String period) {
        Integer latest = getEntityManager()
                .createQuery("select max(r.revision) from DataReturn r where r.councilCode = :c and r.period = :p", Integer.class)
                .setParameter("c", councilCode)
                .setParameter("p", period)
                .getSingleResult();
        return latest == null ? 1 : latest + 1;
    }
}
