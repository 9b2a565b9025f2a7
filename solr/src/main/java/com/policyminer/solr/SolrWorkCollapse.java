package com.policyminer.solr;

import com.policyminer.index.Schema;
import com.policyminer.search.WorkCatalog;
import com.policyminer.works.Works;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The collapse stage of a report search on Solr, as the embedded index's ({@code WorkCollapse}): a work of several
 * files is one hit, its best matching file in the search's order (score, then the content id's key). One request
 * asks the collection for the matching files of the works with more than one file (their content ids in a filter),
 * in that order, with their scores (the collection's statistics, as the search itself); the first of each work
 * wins, the others leave the search. With no work of several files the request is not made.
 */
final class SolrWorkCollapse {

    private SolrWorkCollapse() {
    }

    /**
     * @param outranked content ids of the matching files another file of their work outranks, by id
     * @param winners   content id of each matching work's best file → its work (works of several files only)
     */
    record Best(List<String> outranked, Map<String, Works.Work> winners) {

        static final Best NONE = new Best(List.of(), Map.of());

        /**
         * The collections a winning file is not in but another file of its work is: each counts the work once more
         * (collapsed, a work counts in every collection any of its files is in: the embedded {@code CollectionFacet}).
         * Collection → the winners it adds.
         */
        Map<String, Set<String>> collectionsOfTheirWorks(WorkCatalog.View view) {
            Map<String, Set<String>> out = new TreeMap<>();
            winners.forEach((winner, work) -> {
                List<String> own = view.collections().getOrDefault(winner, List.of());
                Set<String> all = new LinkedHashSet<>();
                work.files().forEach(f -> all.addAll(view.collections().getOrDefault(f.docId(), List.of())));
                all.removeAll(own);
                all.forEach(c -> out.computeIfAbsent(c, x -> new LinkedHashSet<>()).add(winner));
            });
            return out;
        }
    }

    /** The winners and the outranked files of the search {@code search} (its query and filters). */
    static Best best(SolrClient solr, String collection, SolrParams search, WorkCatalog.View view) throws IOException {
        List<String> shared = new ArrayList<>();
        Map<String, Works.Work> workOf = new HashMap<>();
        for (Works.Work w : view.works().works()) {
            if (w.files().size() > 1) {
                for (Works.Member f : w.files()) {
                    shared.add(f.docId());
                    workOf.put(f.docId(), w);
                }
            }
        }
        if (shared.isEmpty()) {
            return Best.NONE;
        }
        ModifiableSolrParams p = new ModifiableSolrParams(search);
        p.add("fq", "{!terms f=" + Schema.DOC_ID.fieldName() + " v=$pm.shared}");
        p.set("pm.shared", String.join(",", shared));
        p.set("fl", Schema.DOC_ID.fieldName() + ",score");
        p.set("sort", "score desc," + Schema.DOC_KEY.fieldName() + " asc");
        p.set("rows", shared.size());
        p.set("facet", false);
        Set<String> seenWorks = new java.util.HashSet<>();
        List<String> outranked = new ArrayList<>();
        Map<String, Works.Work> winners = new HashMap<>();
        try {
            for (SolrDocument d : solr.query(collection, p, SolrRequest.METHOD.POST).getResults()) {
                String id = d.getFirstValue(Schema.DOC_ID.fieldName()).toString();
                Works.Work w = workOf.get(id);
                if (w == null) {
                    continue;
                }
                if (seenWorks.add(w.id())) {
                    winners.put(id, w);
                } else {
                    outranked.add(id);
                }
            }
        } catch (SolrServerException e) {
            throw new IOException("solr: collapse: " + e.getMessage(), e);
        }
        outranked.sort(null);
        return new Best(List.copyOf(outranked), winners);
    }
}
