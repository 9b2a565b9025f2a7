package com.policyminer.extract.org;

import com.policyminer.extract.text.SurfaceTrie;
import com.policyminer.extract.text.TextChecks;

import com.policyminer.extract.region.Gazetteer;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds organizations: listed central bodies and their aliases (科技部 → 科学技术部), and names
 * built on an organization ending (研究院, 大学, 委员会, 政府, 银行 …) with a left boundary at
 * punctuation or a function word and a head that makes the name a proper one (a place, a listed
 * body, 中国/国家…). Bare endings (部, 中心) and concepts (国家区域科技创新中心) are not organizations.
 */
public final class OrganizationExtractor {

    private static final List<String> ROLE_WORDS = List.of("主任", "副主任", "首席", "院长", "主席", "理事长", "秘书长", "下设");
    private static final String WORD_HEADS = "布格全大当结时出开入终饭赌骗书药邮";
    private static final String NOT_AFTER = "生业城化性式型域";

    private final CentralBodies bodies;
    private final OrganizationRules rules;
    private final NameSpan names;

    OrganizationExtractor(CentralBodies bodies, OrganizationRules rules, Gazetteer gazetteer) {
        this.bodies = bodies;
        this.rules = rules;
        this.names = new NameSpan(bodies, rules, gazetteer);
    }

    private static final class Holder {
        static final OrganizationExtractor STANDARD =
                new OrganizationExtractor(CentralBodies.load(), OrganizationRules.load(), Gazetteer.standard());
    }

    public static OrganizationExtractor standard() {
        return Holder.STANDARD;
    }

    public CentralBodies centralBodies() {
        return bodies;
    }

    /** Uses the document's segmentation, when it has one, to keep aliases out of longer words (京东 in 京东方). */
    public List<OrganizationMention> extract(AnalyzedDocument doc) {
        BitSet insideWord = new BitSet(doc.text().length() + 1);
        for (Token t : doc.tokens()) {
            if (t.end() - t.start() >= 2) {
                insideWord.set(t.start() + 1, t.end());
            }
        }
        return extract(doc.id(), doc.text(), insideWord);
    }

    public List<OrganizationMention> extract(String docId, String text) {
        return extract(docId, text, new BitSet());
    }

    private List<OrganizationMention> extract(String docId, String text, BitSet insideWord) {
        List<OrganizationMention> found = new ArrayList<>();
        findCentralBodies(docId, text, insideWord, found);
        findBySuffix(docId, text, found);
        return longestNonOverlapping(found);
    }

    private void findCentralBodies(String docId, String text, BitSet insideWord, List<OrganizationMention> out) {
        int[] lengths = new int[bodies.maxLength() + 1];
        SurfaceTrie surfaces = bodies.surfaces();
        for (int i = surfaces.nextPossibleStart(text, 0); i < text.length(); i = surfaces.nextPossibleStart(text, i + 1)) {
            int n = surfaces.lengthsAt(text, i, lengths); // the listed names written at i, longest first
            for (int k = 0; k < n && lengths[k] >= 2; k++) {
                int len = lengths[k];
                String s = text.substring(i, i + len);
                var body = bodies.lookup(s);
                if (body.isEmpty() || isNotTheBody(text, i, i + len) || insideWord.get(i + len)) {
                    continue;
                }
                int local = names.placeEndingAt(text, i);
                if (local >= 0 && !s.equals(body.get().name())) {
                    String name = text.substring(local, i + len); // 广东省社科院 is not 中国社会科学院
                    out.add(new OrganizationMention(docId, name, local, i + len, "local-body", name, body.get().kind()));
                } else {
                    out.add(new OrganizationMention(docId, s, i, i + len, "central-body", body.get().name(), body.get().kind()));
                }
                break;
            }
        }
    }

    private void findBySuffix(String docId, String text, List<OrganizationMention> out) {
        for (int end = 2; end <= text.length(); end++) {
            OrganizationRules.Suffix suffix = rules.suffixEndingAt(text, end);
            if (suffix == null || endsOrdinaryWord(text, end, suffix)) {
                continue;
            }
            if (end < text.length() && (NOT_AFTER.indexOf(text.charAt(end)) >= 0 || continuesName(text, end))) {
                continue;
            }
            int start = names.start(text, end, suffix);
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (!rules.isConceptOrGeneric(name) || actsAsBody(text, end, name)) {
                String canonical = bodies.canonical(name);
                String kind = bodies.lookup(name).map(CentralBodies.Body::kind).orElse(suffix.kind());
                out.add(new OrganizationMention(docId, name, start, end, "suffix", canonical, kind));
            }
        }
    }

    /** 科技部门 ("technology departments"), 国办发〔2017〕7号 (a document number), not the body. */
    private static boolean isNotTheBody(String text, int start, int end) {
        int n = Math.min(text.length(), end + 2) - end; // the two characters after the name, or fewer
        boolean department = text.charAt(end - 1) == '部' && n >= 1 && text.charAt(end) == '门';
        // "[发函]?[〔[［].*" over those characters, by hand: this runs for every listed name found
        boolean issued = n == 2 && "发函".indexOf(text.charAt(end)) >= 0 && isNumberOpen(text.charAt(end + 1));
        boolean open = n >= 1 && isNumberOpen(text.charAt(end))
                && (n == 1 || !TextChecks.isLineTerminator(text.charAt(end + 1)));
        return department || issued || open;
    }

    private static boolean isNumberOpen(char c) {
        return c == '〔' || c == '[' || c == '［';
    }

    /**
     * 京津冀国家技术创新中心主任, …创新中心首席科学家, …中心下设的: a name with a concept ending
     * is still a body when a post or a sub-unit follows it. Generic phrases never are.
     */
    private boolean actsAsBody(String text, int end, String name) {
        if (rules.genericHeads().stream().anyMatch(name::contains)) {
            return false;
        }
        return ROLE_WORDS.stream().anyMatch(w -> text.startsWith(w, end));
    }

    /** 丝路大学|联盟: another ending follows, so the name goes on (but not 规划司|司长). */
    private boolean continuesName(String text, int end) {
        return rules.suffixStartsAt(text, end) && !(end + 1 < text.length() && text.charAt(end + 1) == '长');
    }

    /** 布局, 格局, 大厅 …: a one-character ending that is the tail of an ordinary word. */
    private static boolean endsOrdinaryWord(String text, int end, OrganizationRules.Suffix suffix) {
        int before = end - suffix.text().length() - 1;
        boolean title = end < text.length() && text.charAt(end) == '长'; // 司长, 局长: a post, not the body
        return suffix.text().length() == 1 && (title || before >= 0 && WORD_HEADS.indexOf(text.charAt(before)) >= 0);
    }

    private static List<OrganizationMention> longestNonOverlapping(List<OrganizationMention> found) {
        List<OrganizationMention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((OrganizationMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(OrganizationMention::start));
        List<OrganizationMention> kept = new ArrayList<>();
        for (OrganizationMention m : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(OrganizationMention::start));
        return kept;
    }
}
