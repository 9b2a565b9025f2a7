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
    private static final List<String> COUNTED_AFTER = List.of("数量", "规模", "总额", "余额", "个数");

    private final CentralBodies bodies;
    private final OrganizationRules rules;
    private final NameSpan names;
    private final Gazetteer gazetteer;

    OrganizationExtractor(CentralBodies bodies, OrganizationRules rules, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
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
        List<OrganizationMention> kept = new ArrayList<>(longestNonOverlapping(found));
        BitSet taken = new BitSet(text.length() + 1);
        kept.forEach(m -> taken.set(m.start(), m.end()));
        kept.addAll(HomePlaceBodies.find(docId, text, gazetteer, taken, rules));
        kept.sort(Comparator.comparingInt(OrganizationMention::start));
        return CompanyBrands.addUses(docId, text, DefinedShortNames.addUses(docId, text, kept, insideWord), insideWord);
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
                    String kind = body.get().kind();
                    out.add(new OrganizationMention(docId, name, local, i + len, "local-body", name, kind,
                            levelOf(name, kind), ""));
                } else {
                    String kind = body.get().kind();
                    out.add(new OrganizationMention(docId, s, i, i + len, "central-body", body.get().name(), kind,
                            kind.equals("government") || kind.equals("party") ? "national" : "", ""));
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
            if (isCountedAfter(text, end)) {
                continue; // 成渝管理基金数量: a count of a category
            }
            int start = names.start(text, end, suffix);
            int quoted = quotedHeadStart(text, start < 0 ? end - suffix.text().length() : start, suffix);
            if (quoted >= 0) {
                start = quoted; // “一带一路”绿色发展国际联盟
            }
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            boolean alliance = suffix.text().equals("联盟") && names.placeLengthAtStart(name) == 0;
            if ((suffix.kind().equals("company") || alliance) && describesCompanies(name, suffix)) {
                continue; // 上市公司, 62家公司, 设计公司; 产业联盟, 创新联盟
            }
            if (!rules.isConceptOrGeneric(name) || actsAsBody(text, end, name) || isNamedCentre(name)) {
                String canonical = bodies.canonical(name);
                String kind = bodies.lookup(name).map(CentralBodies.Body::kind).orElse(kindOf(name, suffix));
                out.add(new OrganizationMention(docId, name, start, end, "suffix:" + suffix.text(), canonical, kind,
                        levelOf(name, kind), parentOf(name, suffix)));
            }
        }
    }

    /** The head without its suffix and without a leading place describes companies (苏州|拥有科创板上市|公司). */
    private boolean describesCompanies(String name, OrganizationRules.Suffix suffix) {
        String head = name.substring(0, name.length() - suffix.text().length());
        return rules.describesCompanies(head.substring(names.placeLengthAtStart(head)));
    }

    /** 广州南粤基金集团: a group named for its funds is a fund manager; otherwise the suffix's kind. */
    private static String kindOf(String name, OrganizationRules.Suffix suffix) {
        return suffix.kind().equals("company") && name.contains("基金") ? "fund" : suffix.kind();
    }

    /** national, province, city, district for a government or party body, from the place its name starts with. */
    private String levelOf(String name, String kind) {
        if (!kind.equals("government") && !kind.equals("party")) {
            return "";
        }
        String bare = name.startsWith("中共") ? name.substring(2) : name;
        if (names.bodyAtStart(bare) > 0 && names.placeAtStart(bare).isEmpty()) {
            return "national";
        }
        return names.placeAtStart(bare).map(r -> switch (r.level()) {
            case "province", "city", "district" -> r.level();
            case "zone", "new-area" -> "district";
            default -> "";
        }).orElse(bare.startsWith("中国") || bare.startsWith("中央") || bare.startsWith("国家") || bare.startsWith("全国")
                ? "national" : "");
    }

    /** The listed body a unit's name starts with (科技部成果转化与区域创新司 → 科学技术部), or the suffix's parent. */
    private String parentOf(String name, OrganizationRules.Suffix suffix) {
        int body = names.bodyAtStart(name);
        if (body > 0 && body < name.length() && !bodies.lookup(name).isPresent()) {
            return bodies.canonical(name.substring(0, body));
        }
        int government = name.indexOf("政府");
        if (government > 0 && government + 2 < name.length() - suffix.text().length() + 1
                && names.placeAtStart(name).isPresent() && !suffix.text().endsWith("政府")) {
            return name.substring(0, government + 2); // 香港特别行政区政府创新科技及工业局 → 香港特别行政区政府
        }
        return suffix.parent();
    }

    /**
     * 上海颠覆性技术创新中心: a place and a field of its own before 创新中心 name one centre; a place
     * and only generic words (长江中游国家技术创新中心, 深圳国际科技创新中心) name a role or a plan.
     */
    private boolean isNamedCentre(String name) {
        if (!name.endsWith("创新中心") || rules.genericHeads().stream().anyMatch(name::contains)) {
            return false;
        }
        int place = names.placeLengthAtStart(name);
        if (place == 0) {
            return false;
        }
        String middle = name.substring(place, name.length() - "创新中心".length());
        for (int more = names.placeLengthAtStart(middle); more > 0; more = names.placeLengthAtStart(middle)) {
            middle = middle.substring(more); // 西安兰州国家区域科技创新中心: places and generic words only
        }
        return middle.length() >= 2 && middle.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !middle.contains("大") && !middle.contains("形成") && !middle.contains("建设")
                && !GENERIC_CENTRE_WORDS.matcher(middle).matches();
    }

    private static final java.util.regex.Pattern GENERIC_CENTRE_WORDS = java.util.regex.Pattern.compile(
            "(?:国家|国际|区域|全国|全球|科技|技术|产业|综合性|协同|制造业|具有|影响力|的|重要|性|地区|城市群)*");

    /**
     * An alliance or association whose name opens with a quoted programme (“一带一路”绿色发展国际联盟):
     * where the name starts, or -1. The quoted part is 2-8 Han characters right before the rest of the name.
     */
    private static int quotedHeadStart(String text, int start, OrganizationRules.Suffix suffix) {
        if (!suffix.kind().equals("association") || start < 4 || text.charAt(start - 1) != '”') {
            return -1;
        }
        int open = text.lastIndexOf('“', start - 2);
        if (open < 0 || start - 1 - open < 3 || start - 1 - open > 9) {
            return -1;
        }
        for (int i = open + 1; i < start - 1; i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) != Character.UnicodeScript.HAN) {
                return -1;
            }
        }
        return open;
    }

    private static boolean isCountedAfter(String text, int end) {
        return COUNTED_AFTER.stream().anyMatch(w -> text.startsWith(w, end));
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
