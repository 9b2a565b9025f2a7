package com.policyminer.extract.org;

import com.policyminer.model.OrganizationMention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The brand of a securities firm the text names: after 东方财富证券, a later 东方财富 on its own (not followed by
 * 证券) is a mention of the company of that name — the listed parent a broker's note writes about (东方财富股价,
 * 东方财富总市值). Brands of three characters or more only (中信, 国信 are too short to stand alone).
 */
final class CompanyBrands {

    private static final String FIRM = "证券";
    private static final int MIN_BRAND = 3;

    private CompanyBrands() {
    }

    static List<OrganizationMention> addUses(String docId, String text, List<OrganizationMention> found, BitSet insideWord) {
        Map<String, Integer> brands = new LinkedHashMap<>();
        for (OrganizationMention m : found) {
            if (m.kind().equals("company") && m.name().endsWith(FIRM) && m.name().length() - FIRM.length() >= MIN_BRAND) {
                brands.putIfAbsent(m.name().substring(0, m.name().length() - FIRM.length()), m.end());
            }
        }
        if (brands.isEmpty()) {
            return found;
        }
        BitSet taken = new BitSet(text.length() + 1);
        found.forEach(m -> taken.set(m.start(), m.end()));
        List<OrganizationMention> out = new ArrayList<>(found);
        for (var e : brands.entrySet()) {
            String brand = e.getKey();
            for (int at = text.indexOf(brand, e.getValue()); at >= 0; at = text.indexOf(brand, at + 1)) {
                int end = at + brand.length();
                if (taken.get(at, end).isEmpty() && !insideWord.get(at) && !text.startsWith(FIRM, end)) {
                    out.add(new OrganizationMention(docId, brand, at, end, "company-brand", brand, "company", "", "",
                            null, null));
                    taken.set(at, end);
                }
            }
        }
        out.sort(Comparator.comparingInt(OrganizationMention::start));
        return out;
    }
}
