package com.policyminer.extract.region;

import com.policyminer.extract.text.FirstCharPattern;

import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a report defines itself: {@code 西安、兰州（以下简称“西兰”）} makes 西兰 stand for
 * 西安市 and 兰州市 in that document. The places are the run of region mentions right before the
 * definition, separated only by 、，和 与 及 or dashes.
 */
final class DocumentAliases {

    /** Searched only where a bracket opens (most reports define nothing), not at every position. */
    private static final FirstCharPattern DEFINITION = FirstCharPattern.of(
            "[（(]\\s*(?:以下)?(?:简称|简称为|下称)\\s*[“\"‘「]?([^”\"’」）)，,、\\s]{2,8})[”\"’」]?\\s*[）)]", "（(");
    private static final Pattern SEPARATOR = Pattern.compile("[、，,和与及—\\-\\s]*");

    private DocumentAliases() {
    }

    /** Alias → member canonical names, from the definitions in the text and the mentions found so far. */
    static Map<String, List<String>> find(String text, List<RegionMention> mentions, Gazetteer gazetteer) {
        Map<String, List<String>> aliases = new HashMap<>();
        FirstCharPattern.Finder definitions = DEFINITION.finder(text);
        while (definitions.find()) {
            Matcher m = definitions.match();
            String alias = m.group(1);
            if (!gazetteer.candidates(alias).isEmpty()) {
                continue;
            }
            List<String> members = precedingRun(text, m.start(), mentions);
            if (!members.isEmpty()) {
                aliases.put(alias, members);
            }
        }
        return aliases;
    }

    private static List<String> precedingRun(String text, int definitionStart, List<RegionMention> mentions) {
        List<String> names = new ArrayList<>();
        int boundary = definitionStart;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            RegionMention r = mentions.get(i);
            if (r.end() > boundary) {
                continue;
            }
            if (!SEPARATOR.matcher(text.substring(r.end(), boundary)).matches()) {
                break;
            }
            if (!names.contains(r.name())) {
                names.add(0, r.name());
            }
            boundary = r.start();
        }
        return names;
    }
}
