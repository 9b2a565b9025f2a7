package com.policyminer.extract;

import com.policyminer.model.Mention;
import com.policyminer.model.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts each figure and mention of a paged document on the page where it starts ({@link Page#at}:
 * the page whose text span holds the offset). A pure function of the extraction and the page list;
 * a document without pages comes back as it was.
 */
public final class PageNumbers {

    private PageNumbers() {
    }

    public static Extraction assign(Extraction x, List<Page> pages) {
        if (pages.isEmpty()) {
            return x;
        }
        return new Extraction(on(x.regions(), pages), on(x.organizations(), pages), on(x.policies(), pages),
                on(x.figures(), pages), x.failures());
    }

    /** Each mention with the page its first character is on (null when the offset is before the first page). */
    @SuppressWarnings("unchecked") // onPage returns the mention's own record type
    public static <M extends Mention> List<M> on(List<M> mentions, List<Page> pages) {
        List<M> out = new ArrayList<>(mentions.size());
        for (M m : mentions) {
            out.add((M) m.onPage(Page.at(pages, m.start())));
        }
        return out;
    }
}
