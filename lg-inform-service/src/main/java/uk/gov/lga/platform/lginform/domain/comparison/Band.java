package uk.gov.lga.platform.lginform.domain.comparison;

/** How far a value stands from a group's median, said in words; better/worse by polarity, higher/lower where it does not apply. */
public enum Band {
    MUCH_BETTER("much better"),
    BETTER("better"),
    SLIGHTLY_BETTER("slightly better"),
    BROADLY_SIMILAR("broadly similar"),
    SLIGHTLY_WORSE("slightly worse"),
    WORSE("worse"),
    MUCH_WORSE("much worse"),
    MUCH_HIGHER("much higher than typical"),
    HIGHER("higher than typical"),
    SLIGHTLY_HIGHER("slightly higher than typical"),
    SLIGHTLY_LOWER("slightly lower than typical"),
    LOWER("lower than typical"),
    MUCH_LOWER("much lower than typical");

    private final String words;

    Band(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
