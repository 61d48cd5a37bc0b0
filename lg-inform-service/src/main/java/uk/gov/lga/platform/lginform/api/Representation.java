package uk.gov.lga.platform.lginform.api;

import java.util.Locale;

/**
 * JSON or CSV, as a request's Accept header prefers: the named type of higher quality, the one listed first on a
 * tie (a generated client lists every type of its operation, in the document's order, at the same quality).
 * Wildcards and other types leave the resource's default.
 */
enum Representation {
    JSON("application/json"), CSV("text/csv");

    private final String mediaType;

    Representation(String mediaType) {
        this.mediaType = mediaType;
    }

    static Representation preferred(String accept, Representation otherwise) {
        if (accept == null) {
            return otherwise;
        }
        Representation best = otherwise;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            for (Representation candidate : values()) {
                double quality = quality(parts);
                if (candidate.mediaType.equals(type) && quality > bestQuality) {
                    best = candidate;
                    bestQuality = quality;
                }
            }
        }
        return best;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
