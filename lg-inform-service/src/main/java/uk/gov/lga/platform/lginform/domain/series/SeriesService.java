package uk.gov.lga.platform.lginform.domain.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.councils.Geography;
import uk.gov.lga.platform.lginform.domain.councils.Succession;
import uk.gov.lga.platform.lginform.persistence.SeriesRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A council's series of one metric across a reorganisation: its own published values and, when asked, those of its
 * predecessors (at any depth) for the periods they existed in, each marked with the predecessor's code, and for an
 * additive metric their sum ({@link ComparableSum}) for the periods wholly before the council's first day.
 */
@ApplicationScoped
public class SeriesService {

    private final CouncilService councils;
    private final MetricService catalogue;
    private final SeriesRepository repository;

    @Inject
    public SeriesService(CouncilService councils, MetricService catalogue, SeriesRepository repository) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.repository = repository;
    }

    /** Every period with a published value of the council (or, asked for, a predecessor), oldest first. 404 unknown. */
    @Transactional
    public Series of(String councilCode, String metricId, boolean withPredecessors) {
        return of(councils.require(councilCode), catalogue.require(metricId), null, withPredecessors);
    }

    /** The series over these periods (in this order); null periods: every period that has a value. */
    public Series of(Council council, Metric metric, List<String> periods, boolean withPredecessors) {
        Succession succession = councils.succession();
        List<String> predecessors = withPredecessors ? succession.allPredecessorsOf(council.gssCode) : List.of();
        List<String> codes = new ArrayList<>(predecessors);
        codes.add(council.gssCode);
        Map<String, Map<String, BigDecimal>> values = repository.values(metric.id, codes, periods);
        List<String> shown = periods != null ? periods : List.copyOf(values.values().stream()
                .flatMap(byPeriod -> byPeriod.keySet().stream()).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Council> known = predecessors.stream().map(councils::require)
                .collect(Collectors.toMap(c -> c.gssCode, c -> c));
        List<Series.Point> points = new ArrayList<>();
        String breakPeriod = null;
        for (String period : shown) {
            Geography during = Geography.of(metric.periodType, period);
            BigDecimal own = values.getOrDefault(council.gssCode, Map.of()).get(period);
            List<Council> existing = predecessors.stream().map(known::get)
                    .filter(p -> councils.existedDuring(p.gssCode, during)).toList();
            List<Series.PredecessorValue> theirs = existing.stream().map(p -> new Series.PredecessorValue(p.gssCode, p.name,
                    values.getOrDefault(p.gssCode, Map.of()).get(period))).toList();
            boolean before = council.validFrom != null && during.to().isBefore(council.validFrom);
            ComparableSum.Result comparable = !before || existing.isEmpty() ? null : ComparableSum.of(metric.additivity,
                    existing.stream().map(p -> new ComparableSum.Part(p.gssCode, "CTY".equals(p.type), p.countyGssCode,
                            whollyBecame(succession, p.gssCode, council.gssCode),
                            values.getOrDefault(p.gssCode, Map.of()).get(period))).toList());
            if (breakPeriod == null && !predecessors.isEmpty() && council.validFrom != null && !before) {
                breakPeriod = period;
            }
            points.add(new Series.Point(period, own, theirs, comparable));
        }
        return new Series(council, metric, predecessors.isEmpty() ? null : council.validFrom, breakPeriod, points);
    }

    /** The predecessor became part of this successor alone, directly or through councils in between. */
    static boolean whollyBecame(Succession succession, String predecessor, String successor) {
        List<String> next = succession.successorsOf(predecessor);
        return next.size() == 1 && (next.get(0).equals(successor) || whollyBecame(succession, next.get(0), successor));
    }
}
