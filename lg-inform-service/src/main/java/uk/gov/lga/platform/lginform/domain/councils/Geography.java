package uk.gov.lga.platform.lginform.domain.councils;

import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import java.time.LocalDate;

/**
 * The councils a comparison counts: those that existed on at least one day from {@code from} to {@code to}. For a
 * period (2016/17) these are its first and last days, so the period is compared in its own geography (Cumbria in,
 * Cumberland out); without one, today ({@code period} null). Answers say which geography they used.
 */
public record Geography(String period, LocalDate from, LocalDate to) {

    /** The councils of one day: the register as it stood then. */
    public static Geography on(LocalDate day) {
        return new Geography(null, day, day);
    }

    /** The councils that existed during the period. */
    public static Geography of(PeriodType type, String period) {
        return new Geography(period, type.firstDay(period), type.lastDay(period));
    }

    /** The council existed during it. */
    public boolean includes(Lifespan life) {
        return life.overlaps(from, to);
    }
}
