package com.policyminer.extract.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compounds of one-character abbreviations that name places (陕甘, 川渝, 粤港澳, 东西部): the only
 * places a one-character abbreviation is read as a province. Data: compounds.txt, abbreviations.tsv, and
 * the power links between provinces (陇电入鲁), made from the abbreviations.
 */
record Compounds(Map<String, List<String>> members) {

    /** Marks a character of a compound that is no place (援 in 援疆). */
    static final String NOT_A_PLACE = "-";

    Compounds {
        members = Map.copyOf(members);
    }

    static Compounds standard() {
        Map<String, String> abbreviations = new HashMap<>();
        for (String[] row : GazetteerLoader.tsv("abbreviations.tsv")) {
            abbreviations.put(row[0], row[1]);
        }
        Map<String, List<String>> members = new HashMap<>();
        for (String[] row : GazetteerLoader.tsv("compounds.txt")) {
            String surface = row[0].strip();
            List<String> names = new ArrayList<>();
            if (row.length > 1 && !row[1].isBlank()) {
                names.addAll(GazetteerLoader.splitBar(row[1]));
            } else {
                for (int i = 0; i < surface.length(); i++) {
                    String name = abbreviations.get(surface.substring(i, i + 1));
                    if (name == null) {
                        throw new IllegalStateException("no abbreviation for a character of " + surface);
                    }
                    names.add(name);
                }
            }
            members.put(surface, List.copyOf(names));
        }
        addPowerLinks(abbreviations, members);
        return new Compounds(members);
    }

    /**
     * Power sent between provinces, named by their abbreviations: 陇电入鲁 (Gansu to Shandong), 云电送粤,
     * 疆电外送: the sending and the receiving province, the characters between them no place.
     */
    private static void addPowerLinks(Map<String, String> abbreviations, Map<String, List<String>> members) {
        Map<String, String> senders = new HashMap<>(abbreviations);
        senders.put("疆", abbreviations.get("新"));
        for (Map.Entry<String, String> from : senders.entrySet()) {
            members.putIfAbsent(from.getKey() + "电外送", List.of(from.getValue(), NOT_A_PLACE, NOT_A_PLACE, NOT_A_PLACE));
            for (Map.Entry<String, String> to : senders.entrySet()) {
                if (from.getValue().equals(to.getValue())) {
                    continue;
                }
                for (String verb : List.of("电入", "电送", "电进")) {
                    members.putIfAbsent(from.getKey() + verb + to.getKey(), List.of(from.getValue(), NOT_A_PLACE, NOT_A_PLACE, to.getValue()));
                }
            }
        }
    }

    Set<String> surfaces() {
        return members.keySet();
    }

    /** Member names of a compound, or an empty list when the text is not one. */
    List<String> of(String surface) {
        return members.getOrDefault(surface, List.of());
    }
}
