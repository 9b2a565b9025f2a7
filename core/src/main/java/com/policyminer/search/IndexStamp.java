package com.policyminer.search;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reports an index version holds, as a string: each segment's name and unique id, the generations of its
 * deletions and doc-values updates, and how many of its documents are live. Two versions with the same stamp hold
 * the same reports; a reader has the stamp of the commit it shows exactly when it shows nothing uncommitted
 * (an in-memory deletion changes the live count). What {@link WorkCatalog} ties its saved works to.
 */
final class IndexStamp {

    private IndexStamp() {
    }

    /** The stamp of what this reader shows, or null when one of its segments is not a plain segment reader. */
    static String of(IndexReader reader) {
        List<String> parts = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader s)) {
                return null;
            }
            parts.add(part(s.getSegmentInfo(), s.numDocs()));
        }
        return joined(parts);
    }

    /** The stamp of the index's last commit, or null when the reader is not of a directory. */
    static String ofLastCommit(IndexReader reader) throws IOException {
        if (!(reader instanceof DirectoryReader d)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(d.directory())) {
            parts.add(part(info, info.info.maxDoc() - info.getDelCount() - info.getSoftDelCount()));
        }
        return joined(parts);
    }

    private static String part(SegmentCommitInfo info, int live) {
        return info.info.name + ":" + StringHelper.idToString(info.info.getId()) + ":" + info.getDelGen() + ":"
                + info.getFieldInfosGen() + ":" + info.getDocValuesGen() + ":" + live;
    }

    private static String joined(List<String> parts) {
        parts.sort(null);
        return String.join(";", parts);
    }
}
