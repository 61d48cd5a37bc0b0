package uk.gov.lga.platform.lginform.domain.councils;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the register's reference files (mySociety, CC-BY-4.0): {@code reference/councils.csv} (today's councils),
 * {@code councils_abolished.csv} (those abolished since 2015; the English ones, which have GSS codes, join the
 * register) and {@code councils_start_dates.csv}, whose dates {@link CouncilLifespans} turns into each council's life.
 */
@ApplicationScoped
public class CouncilReferenceFile {

    static final String CURRENT = "reference/councils.csv";
    static final String ABOLISHED = "reference/councils_abolished.csv";
    static final String START_DATES = "reference/councils_start_dates.csv";

    /** The source's abolished rows carry no tier: it follows from the type. */
    private static final Map<String, String> TIER_OF_TYPE = Map.of("CTY", "upper tier", "NMD", "lower tier",
            "UA", "unitary", "MD", "unitary", "LBO", "unitary", "CC", "unitary");

    public ReferenceRegister read() {
        List<Map<String, String>> abolishedRows = rows(ABOLISHED).stream()
                .filter(r -> blankToNull(r.get("gss_code")) != null).toList();
        Map<String, LocalDate> starts = new HashMap<>();
        rows(START_DATES).forEach(r -> starts.put(r.get("gss_code"), LocalDate.parse(r.get("start_date"))));
        Map<String, List<String>> successors = new LinkedHashMap<>();
        List<CouncilLifespans.Abolished> abolished = new ArrayList<>();
        for (Map<String, String> r : abolishedRows) {
            List<String> replacedBy = Arrays.stream(r.get("replaced_by").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            successors.put(r.get("gss_code"), replacedBy);
            abolished.add(new CouncilLifespans.Abolished(r.get("gss_code"), date(r.get("start_date")), date(r.get("end_date")),
                    replacedBy));
        }
        Map<String, Lifespan> lives = CouncilLifespans.of(abolished, starts);

        Map<String, Council> councils = new LinkedHashMap<>();
        rows(CURRENT).stream().map(CouncilReferenceFile::toCouncil).forEach(c -> councils.put(c.gssCode, c));
        abolishedRows.stream().map(CouncilReferenceFile::toAbolishedCouncil).forEach(c -> councils.put(c.gssCode, c));
        Map<String, Council> byCode = new HashMap<>();
        councils.values().forEach(c -> byCode.put(c.code, c));
        for (Council c : councils.values()) {
            Lifespan life = lives.getOrDefault(c.gssCode, Lifespan.ALWAYS);
            c.validFrom = life.from();
            c.validTo = life.to();
            // Today's districts name their county by three-letter code, abolished ones by GSS code: keep both.
            if (c.countyCode != null && c.countyGssCode == null) {
                c.countyGssCode = byCode.get(c.countyCode).gssCode;
            } else if (c.countyGssCode != null) {
                c.countyCode = councils.get(c.countyGssCode).code;
            }
        }
        // Some abolished rows have no region: it is their successor's (the same area).
        for (Council c : councils.values()) {
            for (Council from = c; c.region == null && from != null; ) {
                List<String> next = successors.getOrDefault(from.gssCode, List.of());
                from = next.isEmpty() ? null : councils.get(next.get(0));
                c.region = from == null ? null : from.region;
            }
            if (c.region == null) {
                throw new IllegalStateException("council " + c.gssCode + " has no region, nor a successor with one");
            }
        }
        return new ReferenceRegister(List.copyOf(councils.values()), Succession.of(successors));
    }

    static Council toCouncil(Map<String, String> row) {
        Council c = new Council();
        c.gssCode = row.get("gss_code");
        c.code = row.get("code");
        c.name = row.get("name");
        c.officialName = row.get("official_name");
        c.nation = row.get("nation");
        c.region = row.get("region");
        c.type = row.get("type");
        c.typeName = row.get("type_name");
        c.tier = row.get("tier");
        c.countyCode = blankToNull(row.get("county_code"));
        c.combinedAuthority = blankToNull(row.get("combined_authority"));
        c.population = blankToNull(row.get("population_2020")) == null ? null : Integer.valueOf(row.get("population_2020"));
        c.areaKm2 = blankToNull(row.get("area_km2")) == null ? null : new BigDecimal(row.get("area_km2"));
        c.latitude = blankToNull(row.get("lat")) == null ? null : Double.valueOf(row.get("lat"));
        c.longitude = blankToNull(row.get("long")) == null ? null : Double.valueOf(row.get("long"));
        return c;
    }

    /** An abolished council: no tier, population or place in the source; its county named by GSS code. */
    static Council toAbolishedCouncil(Map<String, String> row) {
        Council c = new Council();
        c.gssCode = row.get("gss_code");
        c.code = row.get("code");
        c.name = row.get("name");
        c.officialName = row.get("official_name");
        c.nation = row.get("nation");
        c.region = blankToNull(row.get("region"));
        c.type = row.get("type");
        c.typeName = row.get("type_name");
        c.tier = TIER_OF_TYPE.get(c.type);
        c.countyGssCode = blankToNull(row.get("county_code"));
        return c;
    }

    private static List<Map<String, String>> rows(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            MappingIterator<Map<String, String>> rows = new CsvMapper()
                    .readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(in);
            return rows.readAll();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static LocalDate date(String text) {
        return blankToNull(text) == null ? null : LocalDate.parse(text.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
