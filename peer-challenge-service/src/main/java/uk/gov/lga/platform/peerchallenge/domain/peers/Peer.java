package uk.gov.lga.platform.peerchallenge.domain.peers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A peer of the bank: who they are (kind, political group of a member peer, expert sector), their home
 * organisation, expertise, accreditation and the days they cannot be on site. {@code userName} links them to
 * their Keycloak user, through which they answer their own invitations and keep their own availability.
 * Days given and feedback are derived (team seats, feedback), never stored here.
 */
@Entity
@Table(name = "peer")
public class Peer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The Keycloak user name (e.g. {@code peer.one}); null for a peer who has no account yet. */
    @Column(name = "user_name")
    public String userName;

    public String name;

    @Enumerated(EnumType.STRING)
    public PeerKind kind;

    /** For an expert only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "expert_sector")
    public ExpertSector expertSector;

    /** For a member peer only: the group whose office put them forward. */
    @Column(name = "political_group")
    public String politicalGroup;

    /** GSS code of the council or authority they work for; null for an expert from outside local government. */
    @Column(name = "home_organisation")
    public String homeOrganisation;

    /** Names of the {@link Element}s they are experienced in. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> elements = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_areas")
    public List<String> serviceAreas = new ArrayList<>();

    /** LG Inform metric ids they know well. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "metric_ids")
    public List<String> metricIds = new ArrayList<>();

    /** The day of their peer induction; null until inducted. */
    @Column(name = "inducted_on")
    public LocalDate inductedOn;

    /** The last day their accreditation holds. */
    @Column(name = "accreditation_expires_on")
    public LocalDate accreditationExpiresOn;

    @ElementCollection
    @CollectionTable(name = "peer_unavailability", joinColumns = @JoinColumn(name = "peer_id"))
    @OrderBy("startsOn, endsOn")
    public List<Unavailability> unavailable = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public List<Element> elementList() {
        return elements.stream().map(Element::valueOf).toList();
    }

    public List<DateRange> unavailableRanges() {
        return unavailable.stream().map(Unavailability::range).sorted().toList();
    }

    /** Replaces the unavailable days, kept in date order and each range once. */
    public void replaceUnavailable(List<DateRange> ranges) {
        unavailable.clear();
        ranges.stream().distinct().sorted().map(Unavailability::new).forEach(unavailable::add);
    }
}
