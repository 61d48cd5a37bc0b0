package uk.gov.lga.platform.lginform.domain.politics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One record of a council's political control: from {@link #effectiveFrom} until the next record takes effect. */
@Entity
@Table(name = "political_control")
public class PoliticalControl extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    /** The controlling party, or {@code NO_OVERALL_CONTROL}. */
    public String control;

    /** The party of the council's leader; null where not known. */
    @Column(name = "leader_party")
    public String leaderParty;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    /** Made up for the demo: never a real council's politics. */
    public boolean synthetic;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** It says what the new record says (a replay of it changes nothing). */
    boolean says(NewControl record) {
        return control.equals(record.control()) && Objects.equals(leaderParty, record.leaderParty())
                && effectiveFrom.equals(record.effectiveFrom()) && synthetic == record.synthetic();
    }
}
