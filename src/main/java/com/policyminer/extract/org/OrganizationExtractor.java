package com.policyminer.extract.org;

import com.policyminer.extract.region.Gazetteer;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds organizations: listed central bodies and their aliases (科技部 → 科学技术部), and names
 * built on an organization ending (研究院, 大学, 委员会, 政府, 银行 …) with a left boundary at
 * punctuation or a function word and a head that makes the name a proper one (a place, a listed
 * body, 中国/国家…). Bare endings (部, 中心) and concepts (国家区域科技创新中心) are not organizations.
 */
public final class OrganizationExtractor {

    private static final int MAX_NAME = 24;
    private static final String STOP_CHARS = "的和与及在由是为对向从将把被于了以并或跟给让使到也而又就但其该此这那个";
    private static final String WORD_HEADS = "布格全大当结时出开入终饭赌骗书药邮";
    private static final String NOT_AFTER = "生业城化性式型域";
    private static final List<String> PROPER_PREFIXES = List.of("中国", "中华", "全国", "中央", "中共", "国际", "世界", "首都");

    private final CentralBodies bodies;
    private final OrganizationRules rules;
    private final Gazetteer gazetteer;

    OrganizationExtractor(CentralBodies bodies, OrganizationRules rules, Gazetteer gazetteer) {
        this.bodies = bodies;
        this.rules = rules;
        this.gazetteer = gazetteer;
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

    public List<OrganizationMention> extract(AnalyzedDocument doc) {
        return extract(doc.id(), doc.text());
    }

    public List<OrganizationMention> extract(String docId, String text) {
        List<OrganizationMention> found = new ArrayList<>();
        findCentralBodies(docId, text, found);
        findBySuffix(docId, text, found);
        return longestNonOverlapping(found);
    }

    private void findCentralBodies(String docId, String text, List<OrganizationMention> out) {
        for (int i = 0; i < text.length(); i++) {
            for (int len = Math.min(bodies.maxLength(), text.length() - i); len >= 2; len--) {
                String s = text.substring(i, i + len);
                var body = bodies.lookup(s);
                if (body.isPresent()) {
                    out.add(new OrganizationMention(docId, s, i, i + len, "central-body", body.get().name(), body.get().kind()));
                    break;
                }
            }
        }
    }

    private void findBySuffix(String docId, String text, List<OrganizationMention> out) {
        for (int end = 2; end <= text.length(); end++) {
            if (end < text.length() && (NOT_AFTER.indexOf(text.charAt(end)) >= 0 || continuesName(text, end))) {
                continue;
            }
            OrganizationRules.Suffix suffix = rules.suffixEndingAt(text, end);
            if (suffix == null || endsOrdinaryWord(text, end, suffix)) {
                continue;
            }
            int start = leftBoundary(text, end - suffix.text().length());
            String name = text.substring(start, end);
            if (name.length() > suffix.text().length() + 1 && isProper(name, suffix) && !rules.isConceptOrGeneric(name)) {
                String canonical = bodies.canonical(name);
                String kind = bodies.lookup(name).map(CentralBodies.Body::kind).orElse(suffix.kind());
                out.add(new OrganizationMention(docId, name, start, end, "suffix", canonical, kind));
            }
        }
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

    private int leftBoundary(String text, int suffixStart) {
        int start = suffixStart;
        while (start > 0 && suffixStart - start < MAX_NAME) {
            char c = text.charAt(start - 1);
            if (c == '）') {
                int open = text.lastIndexOf('（', start - 1);
                if (open < 0 || start - open > 8 || !gazetteer.isSurfaceForm(text.substring(open + 1, start - 1))) {
                    break;
                }
                start = open; // 中国（深圳）综合开发研究院
                continue;
            }
            if (!isNameChar(c)) {
                break;
            }
            if (STOP_CHARS.indexOf(c) >= 0) {
                int known = startOfKnownNameCovering(text, start - 1, suffixStart);
                if (known < 0) {
                    break;
                }
                start = known; // 呼和浩特, 中华人民共和国: a stop character inside a known name
                continue;
            }
            start--;
        }
        String span = text.substring(start, suffixStart);
        int cut = 0;
        for (String w : rules.boundaryWords()) {
            int at = span.lastIndexOf(w);
            if (at >= 0) {
                cut = Math.max(cut, at + w.length());
            }
        }
        return start + cut;
    }

    /** Start of a place or listed body that covers {@code at} and ends before {@code limit}, or -1. */
    private int startOfKnownNameCovering(String text, int at, int limit) {
        for (int from = Math.max(0, at - 6); from <= at; from++) {
            for (int to = Math.min(limit, from + 10); to > at; to--) {
                String s = text.substring(from, to);
                if (gazetteer.isSurfaceForm(s) || bodies.lookup(s).isPresent()) {
                    return from;
                }
            }
        }
        return -1;
    }

    private boolean isProper(String name, OrganizationRules.Suffix suffix) {
        String head = name.substring(0, name.length() - suffix.text().length());
        if (startsWithPlace(head) || startsWithBody(head)) {
            return true;
        }
        if (suffix.headRule().equals("region") || suffix.headRule().equals("body")) {
            return false;
        }
        if (PROPER_PREFIXES.stream().anyMatch(p -> head.startsWith(p) && head.length() >= p.length() + 2)) {
            return true;
        }
        return suffix.headRule().equals("short") && head.length() >= 2 && head.length() <= 6;
    }

    private boolean startsWithPlace(String head) {
        for (int len = Math.min(head.length(), 12); len >= 2; len--) {
            if (gazetteer.isSurfaceForm(head.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithBody(String head) {
        for (int len = Math.min(head.length(), bodies.maxLength()); len >= 2; len--) {
            if (bodies.lookup(head.substring(0, len)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c < 128 && Character.isLetterOrDigit(c));
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
