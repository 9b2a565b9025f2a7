package com.policyminer.search;

import com.policyminer.works.Works;
import org.apache.lucene.util.FixedBitSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the collapse stage and the collection facet need of a {@link WorkCatalog.View}, worked out once per view
 * instead of in every search: how many files each work has, which documents belong to a work of several files
 * (the only ones the collapse pass has to look at), and the collections of each work as numbers. At 20,000
 * reports, recomputing these per search (a list walk per work, a set per matching work, maps by content id) was
 * about a third of a broad search's CPU.
 *
 * @param sizes          work ordinal → its number of files
 * @param multiFileDocs  top-level document numbers of the reports whose work has two files or more (null: none has)
 * @param collections    every collection name, sorted
 * @param inCollections  work ordinal → the distinct collections (indexes into {@code collections}) any of its
 *                       files is in; null when the index has no collections at all
 */
record WorkShape(WorkCatalog.View view, int[] sizes, FixedBitSet multiFileDocs, List<String> collections, int[][] inCollections) {

    /** Whether some work has several files (otherwise the collapse changes nothing). */
    boolean anyMultiFile() {
        return multiFileDocs != null;
    }

    static WorkShape of(WorkCatalog.View view) {
        List<Works.Work> works = view.works().works();
        int[] sizes = new int[works.size()];
        boolean multi = false;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = works.get(i).files().size();
            multi |= sizes[i] > 1;
        }
        FixedBitSet multiFileDocs = null;
        int[] ordinal = view.workOrdinal();
        if (multi) {
            multiFileDocs = new FixedBitSet(Math.max(1, ordinal.length));
            for (int d = 0; d < ordinal.length; d++) {
                if (ordinal[d] >= 0 && sizes[ordinal[d]] > 1) {
                    multiFileDocs.set(d);
                }
            }
        }
        if (view.collections().isEmpty()) {
            return new WorkShape(view, sizes, multiFileDocs, List.of(), null);
        }
        Set<String> names = new TreeSet<>();
        view.collections().values().forEach(names::addAll);
        List<String> collections = new ArrayList<>(names);
        java.util.Map<String, Integer> number = new java.util.HashMap<>();
        for (int i = 0; i < collections.size(); i++) {
            number.put(collections.get(i), i);
        }
        int[][] inCollections = new int[works.size()][];
        for (int w = 0; w < works.size(); w++) {
            Set<Integer> in = new TreeSet<>();
            for (Works.Member f : works.get(w).files()) {
                view.collections().getOrDefault(f.docId(), List.of()).forEach(c -> in.add(number.get(c)));
            }
            inCollections[w] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        return new WorkShape(view, sizes, multiFileDocs, List.copyOf(collections), inCollections);
    }
}
