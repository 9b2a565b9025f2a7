package com.policyminer.cli;

import com.policyminer.compare.TextTable;
import com.policyminer.search.ReportSummary;
import com.policyminer.search.SearchService;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Documents as people name them in the terminal tables: the title (clipped) and the file name,
 * 《构建西安兰州国家区域…》 000_f8820dc2aea3848d.txt, never the 64-hex id; an id the index does not
 * know is shortened to its first 12 characters.
 */
final class DocumentNames implements Function<String, String> {

    static final int TITLE_WIDTH = 24;

    private final Map<String, String> names = new HashMap<>();

    DocumentNames(SearchService reads) throws IOException {
        for (ReportSummary r : reads.documents()) {
            names.put(r.id(), name(r));
        }
    }

    static String name(ReportSummary r) {
        String file = r.fileName() == null || r.fileName().isBlank() ? r.path() : r.fileName();
        if (r.title() == null || r.title().isBlank() || r.title().equals(file)) {
            return file;
        }
        return "《" + TextTable.clip(r.title(), TITLE_WIDTH) + "》 " + file;
    }

    @Override
    public String apply(String id) {
        String name = names.get(id);
        return name != null ? name : id.length() > 12 ? id.substring(0, 12) + "…" : id;
    }
}
