package uk.gov.lga.platform.lginform.domain.councils;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads {@code reference/councils.csv} (mySociety, CC-BY-4.0) into council entities. */
@ApplicationScoped
public class CouncilReferenceFile {

    static final String RESOURCE = "reference/councils.csv";

    public List<Council> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            MappingIterator<Map<String, String>> rows = new CsvMapper()
                    .readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader())
                    .readValues(in);
            return rows.readAll().stream().map(CouncilReferenceFile::toCouncil).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
