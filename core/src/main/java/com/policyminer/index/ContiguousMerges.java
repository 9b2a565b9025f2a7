package com.policyminer.index;

import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A forced merge into {@code n} segments as up to {@code n} merges that can run at once, each over a run of neighbouring
 * segments of about the same share of the bytes (a merge takes time in proportion to them): the segments keep their
 * order, so documents keep theirs. The usual merges are the wrapped policy's.
 */
final class ContiguousMerges extends FilterMergePolicy {

    ContiguousMerges(MergePolicy usual) {
        super(usual);
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                               Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                               MergeContext context) throws IOException {
        List<SegmentCommitInfo> segments = new ArrayList<>();
        long total = 0;
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info)) {
                segments.add(info);
                total += info.sizeInBytes();
            }
        }
        if (segments.size() <= maxSegmentCount) {
            return null;
        }
        MergeSpecification spec = new MergeSpecification();
        List<SegmentCommitInfo> run = new ArrayList<>();
        long done = 0;
        int runs = 0;
        for (int i = 0; i < segments.size(); i++) {
            SegmentCommitInfo info = segments.get(i);
            run.add(info);
            done += info.sizeInBytes();
            int left = segments.size() - i - 1;
            int runsLeft = maxSegmentCount - runs - 1;
            // close the run once it holds its share of the bytes, or when each later run needs a segment of its own
            if (left > 0 && runsLeft > 0 && (done * maxSegmentCount >= total * (runs + 1) || left == runsLeft)) {
                add(spec, run, context);
                run = new ArrayList<>();
                runs++;
            }
        }
        add(spec, run, context);
        return spec.merges.isEmpty() ? null : spec;
    }

    /** A run of one segment is left as it is, unless it has deleted documents to drop (a forced merge's promise). */
    private static void add(MergeSpecification spec, List<SegmentCommitInfo> run, MergeContext context) throws IOException {
        if (run.size() > 1 || context.numDeletesToMerge(run.get(0)) > 0) {
            spec.add(new OneMerge(run));
        }
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
        return in.findMerges(trigger, infos, context);
    }
}
