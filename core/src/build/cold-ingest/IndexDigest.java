import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.Document;
import org.apache.lucene.util.BytesRef;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.*;

/**
 * {@code java -cp target/policy-miner.jar core/src/build/cold-ingest/IndexDigest.java INDEX}: two indexes that print the
 * same lines hold the same documents (stored fields) and the same terms with the same statistics, field by field.
 * A digest of an index's content independent of document order: stored fields, and per field its terms with doc freqs and total term freqs. */
public class IndexDigest {
    public static void main(String[] a) throws Exception {
        try (var r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
            List<String> docs = new ArrayList<>();
            var stored = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                Document d = stored.document(i);
                StringBuilder b = new StringBuilder();
                d.getFields().forEach(f -> b.append(f.name()).append('=').append(f.stringValue() != null ? f.stringValue() : String.valueOf(f.numericValue())).append('\u0001'));
                docs.add(b.toString());
            }
            Collections.sort(docs);
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            docs.forEach(s -> md.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            System.out.printf("docs %d stored %s%n", r.maxDoc(), HexFormat.of().formatHex(md.digest()).substring(0, 16));
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
}
