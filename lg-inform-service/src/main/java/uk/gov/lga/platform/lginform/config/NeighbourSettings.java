package uk.gov.lga.platform.lginform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The nearest-neighbours model's settings; its metrics and their weights are in the database ({@code neighbour_weight}). */
@ConfigMapping(prefix = "lginform.nearest-neighbours")
public interface NeighbourSettings {

    /** {@code lginform.nearest-neighbours.count}: how many neighbours each English council gets, 1 to 100. */
    @WithDefault("15")
    @Min(1)
    @Max(100)
    int count();

    /** {@code lginform.nearest-neighbours.contributions}: how many of the metrics that set a neighbour apart most it shows, 0 to 20. */
    @WithDefault("3")
    @Min(0)
    @Max(20)
    int contributions();
}
