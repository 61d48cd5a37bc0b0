package uk.gov.lga.platform.lginform.domain.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A comparison group a council officer (for their council) or a benchmarking club defined: a name and members. */
@Entity
@Table(name = "comparison_group")
public class CustomGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** The principal who created it. */
    public String owner;

    /** Set when an officer made it: the council it belongs to. */
    @Column(name = "owner_council")
    public String ownerCouncil;

    /** Set when a benchmarking club made it: the club's client id. */
    @Column(name = "owner_client")
    public String ownerClient;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "comparison_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "council_code")
    @OrderBy
    public List<String> members = new ArrayList<>();

    /** Other benchmarking clubs (client ids) that may use the group. */
    @ElementCollection
    @CollectionTable(name = "comparison_group_club", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "client_id")
    @OrderBy
    public List<String> clubs = new ArrayList<>();

    public GroupId groupId() {
        return GroupId.custom(id);
    }
}
