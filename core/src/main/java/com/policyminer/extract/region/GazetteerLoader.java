package com.policyminer.extract.region;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the gazetteer's resources once: the official division codes (provinces, cities, areas;
 * Hong Kong, Macao, Taiwan) and regions-extra.tsv (macro-regions, new areas, zones, foreign places).
 */
final class GazetteerLoader {

    static final String DIR = "/com/policyminer/extract/region/";

    private final Map<String, RegionDraft> drafts = new LinkedHashMap<>();

    static List<RegionDraft> load() {
        GazetteerLoader loader = new GazetteerLoader();
        loader.readDivisions();
        loader.readSpecialRegions();
        loader.readExtra();
        return List.copyOf(loader.drafts.values());
    }

    private void readDivisions() {
        for (String[] row : csv("provinces.csv")) {
            add(new RegionDraft(row[1], "province", row[0], null));
        }
        for (String[] row : csv("cities.csv")) {
            if (row[1].equals("市辖区") || row[1].equals("县") || row[1].endsWith("直辖县级行政区划")) {
                continue; // pseudo-cities: their areas hang directly under the province
            }
            add(new RegionDraft(row[1], "city", row[0], row[2]));
        }
        for (String[] row : csv("areas.csv")) {
            String parent = drafts.containsKey(row[2]) ? row[2] : row[3];
            String level = row[0].charAt(4) == '7' ? "zone" : "district";
            add(new RegionDraft(row[1], level, row[0], parent));
        }
    }

    private void readSpecialRegions() {
        JsonNode root = json("HK-MO-TW.json");
        String[][] codes = {{"香港特别行政区", "81"}, {"澳门特别行政区", "82"}, {"台湾省", "71"}};
        for (String[] entry : codes) {
            add(new RegionDraft(entry[0], "province", entry[1], null));
            JsonNode cities = root.path(entry[0]);
            if (!entry[0].equals("台湾省")) {
                continue; // Hong Kong's and Macao's sub-areas are mostly ordinary words (东区, 南区 …)
            }
            for (Iterator<String> it = cities.fieldNames(); it.hasNext(); ) {
                add(new RegionDraft(it.next(), "city", "", entry[1]));
            }
        }
    }

    private void readExtra() {
        Map<RegionDraft, String> parents = new LinkedHashMap<>();
        for (String[] f : tsv("regions-extra.tsv")) {
            String name = f[0];
            RegionDraft d = drafts.values().stream().filter(r -> r.name.equals(name)).findFirst()
                    .orElseGet(() -> add(new RegionDraft(name, f[1], "", null)));
            d.level = f[1];
            if (f.length > 2 && !f[2].isEmpty()) {
                parents.put(d, f[2]);
            }
            if (f.length > 3) {
                splitBar(f[3]).forEach(d::alias);
            }
            if (f.length > 4) {
                d.members.addAll(splitBar(f[4]));
            }
            d.foreign = f.length > 5 && f[5].equals("1");
            if (f.length > 6 && f[6].equals("1")) {
                for (String member : d.members) {
                    findByName(member).parentKey = d.key();
                }
            }
        }
        parents.forEach((d, parent) -> d.parentKey = findByName(parent).key());
    }

    private RegionDraft add(RegionDraft d) {
        drafts.put(d.key(), d);
        return d;
    }

    /** The first draft with this canonical name, preferring the higher level (loaded first). */
    private RegionDraft findByName(String name) {
        for (RegionDraft d : drafts.values()) {
            if (d.name.equals(name)) {
                return d;
            }
        }
        throw new IllegalStateException("gazetteer data names an unknown region: " + name);
    }

    static List<String> splitBar(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String[]> csv(String name) {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = lines(name);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            rows.add(f);
        }
        return rows;
    }

    /** Tab-separated rows of a resource, skipping blank lines and # comments. */
    static List<String[]> tsv(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static List<String> lines(String name) {
        try (InputStream in = open(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String name) {
        try (InputStream in = open(name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + DIR + name);
        }
        return in;
    }
}
