package com.policyminer.extract.org;

import com.policyminer.model.OrganizationMention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a text defines for an organization it has just named: 重庆山外山血液净化技术股份有限公司
 * （以下简称山外山）. Every later use of the short name is a mention of that organization, with its
 * canonical name and kind, found by the rule "defined-short-name".
 */
final class DefinedShortNames {

    private static final Pattern DEFINITION = Pattern.compile(
            "^[（(](?:以下)?(?:简称|下称)[：:，,]?[“\"「]?([\\p{IsHan}A-Za-z0-9]{2,10})[”\"」]?[）)]");

    private DefinedShortNames() {
    }

    /** The mentions plus every use of a short name defined right after one of them, in text order. */
    static List<OrganizationMention> addUses(String docId, String text, List<OrganizationMention> found, BitSet insideWord) {
        Map<String, OrganizationMention> defined = new LinkedHashMap<>();
        Map<String, Integer> definedAt = new LinkedHashMap<>();
        for (OrganizationMention m : found) {
            Matcher d = DEFINITION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
            if (d.find() && !d.group(1).equals(m.surface())) {
                defined.putIfAbsent(d.group(1), m);
                definedAt.putIfAbsent(d.group(1), m.end());
            }
        }
        if (defined.isEmpty()) {
            return found;
        }
        BitSet taken = new BitSet(text.length() + 1);
        found.forEach(m -> taken.set(m.start(), m.end()));
        List<OrganizationMention> out = new ArrayList<>(found);
        for (var e : defined.entrySet()) {
            String shortName = e.getKey();
            OrganizationMention full = e.getValue();
            for (int at = text.indexOf(shortName, definedAt.get(shortName)); at >= 0; at = text.indexOf(shortName, at + 1)) {
                int end = at + shortName.length();
                if (taken.get(at, end).isEmpty() && !insideWord.get(at)) {
                    out.add(new OrganizationMention(docId, shortName, at, end, "defined-short-name", full.name(),
                            full.kind(), full.level(), full.parent()));
                    taken.set(at, end);
                }
            }
        }
        out.sort(Comparator.comparingInt(OrganizationMention::start));
        return out;
    }
}
