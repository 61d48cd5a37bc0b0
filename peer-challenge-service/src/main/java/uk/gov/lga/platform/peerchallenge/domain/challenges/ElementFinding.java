package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;

/** What the team found on one element: strengths and areas to consider. Its recommendations are {@link Recommendation}s. */
@Entity
@Table(name = "challenge_finding")
public class ElementFinding extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Enumerated(EnumType.STRING)
    public Element element;

    /** The element's place in its kind's list, so findings read in the kind's order. */
    public int position;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> strengths = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "areas_to_consider")
    public List<String> areasToConsider = new ArrayList<>();
}
