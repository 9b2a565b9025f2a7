import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.DocIdSetIterator;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;

/**
 * {@code java -cp target/policy-miner.jar core/src/build/cold-ingest/IndexDigest.java INDEX [--deep]}: two indexes that print the
 * same lines hold the same documents (stored fields) and the same terms with the same statistics, field by field.
 * With {@code --deep} (session 16), also each field's postings of each document (frequencies, positions, offsets), its
 * norms and its doc values, each tied to its document by the document's stored fields: a line per field.
 * A digest of an index's content independent of document order: stored fields, and per field its terms with doc freqs and total term freqs. */
public class IndexDigest {
    public static void main(String[] a) throws Exception {
        try (var r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
            List<String> docs = new ArrayList<>();
            keys = new long[r.maxDoc()];
            var stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                Document d = stored.document(i);
                StringBuilder b = new StringBuilder();
                d.getFields().forEach(f -> b.append(f.name()).append('=').append(f.stringValue() != null ? f.stringValue() : String.valueOf(f.numericValue())).append('\u0001'));
                docs.add(b.toString());
                keys[i] = mix(b.toString().hashCode() * 31L + b.length(), b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Collections.sort(docs);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            docs.forEach(s -> md.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            System.out.printf("docs %d stored %s%n", r.maxDoc(), HexFormat.of().formatHex(md.digest()).substring(0, 16));
            if (a.length > 1 && a[1].equals("--deep")) {
                deep(r, docs.size());
            }
            for (FieldInfo fi : FieldInfos.getMergedFieldInfos(r)) {
                Terms t = MultiTerms.getTerms(r, fi.name);
                if (t == null) continue;
                MessageDigest tm = MessageDigest.getInstance("SHA-256");
                TermsEnum te = t.iterator();
                long n = 0;
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    tm.update(term.bytes, term.offset, term.length);
                    tm.update((te.docFreq() + ":" + te.totalTermFreq()).getBytes());
                    n++;
                }
                System.out.printf("%-20s terms %8d sumTTF %10d docCount %6d %s%n", fi.name, n, t.getSumTotalTermFreq(), t.getDocCount(),
                        HexFormat.of().formatHex(tm.digest()).substring(0, 16));
            }
        }
    }

    /** Each document's key: a hash of its stored fields (documents are in another order in another build). */
    static long[] keys;

    static long mix(long h, byte[] b) {
        for (byte x : b) h = (h ^ x) * 0x100000001b3L;
        return h;
    }

    static long mix(long h, long v) {
        h ^= v + 0x9e3779b97f4a7c15L + (h << 6) + (h >>> 2);
        h *= 0xbf58476d1ce4e5b9L;
        return h ^ (h >>> 31);
    }

    /** Sums of per-document hashes (independent of document order): postings with positions and offsets, norms, doc values. */
    static void deep(IndexReader r, int docs) throws Exception {
        for (FieldInfo fi : FieldInfos.getMergedFieldInfos(r)) {
            long postings = 0, norms = 0, values = 0;
            for (LeafReaderContext leaf : r.leaves()) {
                LeafReader lr = leaf.reader();
                Terms t = lr.terms(fi.name);
                if (t != null) {
                    TermsEnum te = t.iterator();
                    PostingsEnum pe = null;
                    for (BytesRef term = te.next(); term != null; term = te.next()) {
                        long th = mix(17, BytesRef.deepCopyOf(term).bytes);
                        pe = te.postings(pe, PostingsEnum.ALL);
                        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                            long h = mix(th, keys[leaf.docBase + d]);
                            int freq = pe.freq();
                            h = mix(h, freq);
                            if (fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                                for (int i = 0; i < freq; i++) {
                                    h = mix(h, pe.nextPosition());
                                    h = mix(h, ((long) pe.startOffset() << 32) ^ pe.endOffset());
                                }
                            }
                            postings += h;
                        }
                    }
                }
                NumericDocValues nv = fi.hasNorms() ? lr.getNormValues(fi.name) : null;
                if (nv != null) {
                    for (int d = nv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = nv.nextDoc()) {
                        norms += mix(keys[leaf.docBase + d], nv.longValue());
                    }
                }
                switch (fi.getDocValuesType()) {
                    case NUMERIC -> {
                        NumericDocValues v = lr.getNumericDocValues(fi.name);
                        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) values += mix(keys[leaf.docBase + d], v.longValue());
                    }
                    case BINARY -> {
                        BinaryDocValues v = lr.getBinaryDocValues(fi.name);
                        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) values += mix(keys[leaf.docBase + d], BytesRef.deepCopyOf(v.binaryValue()).bytes);
                    }
                    case SORTED -> {
                        SortedDocValues v = lr.getSortedDocValues(fi.name);
                        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) values += mix(keys[leaf.docBase + d], BytesRef.deepCopyOf(v.lookupOrd(v.ordValue())).bytes);
                    }
                    case SORTED_NUMERIC -> {
                        SortedNumericDocValues v = lr.getSortedNumericDocValues(fi.name);
                        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                            long h = keys[leaf.docBase + d];
                            for (int i = 0; i < v.docValueCount(); i++) h = mix(h, v.nextValue());
                            values += h;
                        }
                    }
                    case SORTED_SET -> {
                        SortedSetDocValues v = lr.getSortedSetDocValues(fi.name);
                        for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                            long h = keys[leaf.docBase + d];
                            for (int i = 0; i < v.docValueCount(); i++) h = mix(h, BytesRef.deepCopyOf(v.lookupOrd(v.nextOrd())).bytes);
                            values += h;
                        }
                    }
                    default -> { }
                }
            }
            System.out.printf("deep %-20s options %-40s dv %-14s postings %016x norms %016x values %016x%n", fi.name,
                    fi.getIndexOptions(), fi.getDocValuesType(), postings, norms, values);
        }
    }
}
