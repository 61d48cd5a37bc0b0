package uk.gov.lga.platform.lginform.domain.groups;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many neighbours each council gets and how many contributing metrics each shows; the weights are in the database. */
@ConfigMapping(prefix = "lginform.nearest-neighbours")
public interface NeighbourSettings {

    @WithDefault("15")
    @Min(1)
    @Max(100)
    int count();

    @WithDefault("3")
    @Min(0)
    @Max(20)
    int contributions();
}
