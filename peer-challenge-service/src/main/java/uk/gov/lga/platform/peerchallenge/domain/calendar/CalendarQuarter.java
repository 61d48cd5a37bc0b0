package uk.gov.lga.platform.peerchallenge.domain.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A quarter a challenge manager opened: how many challenges can be hosted in it. */
@Entity
@Table(name = "calendar_quarter")
public class CalendarQuarter extends PanacheEntityBase {

    /** As written: 2026-Q3. */
    @Id
    public String quarter;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "host_capacity")
    public int hostCapacity;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
