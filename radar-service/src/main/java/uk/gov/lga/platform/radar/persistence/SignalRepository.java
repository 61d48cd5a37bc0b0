package uk.gov.lga.platform.radar.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.radar.domain.signals.Signal;
import uk.gov.lga.platform.support.ids.GssCode;

import java.util.List;

/** The queries of the radar's signals. */
@ApplicationScoped
public class SignalRepository implements PanacheRepositoryBase<Signal, Long> {

    /** The council's signals, newest observation first (the later stored first among equals). */
    public List<Signal> newestFirst(GssCode council) {
        return list("councilCode", Sort.descending("observedAt").and("id", Sort.Direction.Descending), council.value());
    }
}
