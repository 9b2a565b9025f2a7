package com.policyminer.extract.policy;

import com.policyminer.extract.text.TextChecks;

import com.policyminer.model.OrganizationMention;
import com.policyminer.model.ParsedDocument;
import com.policyminer.model.RegionMention;
import com.policyminer.model.Table;
import com.policyminer.model.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the issuer, date and document number of a 《》 title from what the document says around it:
 * the title itself (《国务院关于…的意见》), its table row (2019年12月 | 国务院), the clause before it
 * (科技部等九部门研究制定的《…》, 2月24日，国务院批复同意《…》, 湖北会同湖南和江西三省签署《…》) and
 * what follows it (《…》，上海市科学学研究所，2023 年 11 月; 《…》（国发〔2019〕12号）).
 */
final class IssuerBinder {

    private static final int WINDOW = 60;
    private static final Pattern CONNECTOR = Pattern.compile(
            "^\\s*(?:等[一二三四五六七八九十\\d]*个?(?:部门|部委|单位)?)?(?:于?\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?)?"
                    + "(?:近日|日前|近期|此前|先后|正式|已经|已|再次)*"
                    + "(?:联合|共同|会同)?(?:研究)?(?:关于)?(?:审议)?"
                    + "(?:制定|印发|发布|出台|颁布|批复同意|批复|签署|公布|提出|起草|编制|发|下发|转发|通过|批准)?了?的?\\s*$");
    private static final Pattern ORG_JOIN = Pattern.compile("^\\s*[、，,和与及]\\s*$");
    private static final Pattern REGION_CONNECTOR = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十两\\d]*[省市区地方])?(?:联合|共同)?(?:制定|印发|发布|出台|颁布|签署|公布|提出)了?的?\\s*$");
    private static final Pattern REGION_JOIN = Pattern.compile("^\\s*(?:会同|和|与|及|、|，)\\s*$");
    private static final Pattern DOC_NUMBER = Pattern.compile("^(?:的(?:通知|意见|决定|批复|函))?\\s*[（(]\\s*([\\u4e00-\\u9fa5]{1,8}[〔\\[［(（]\\d{4}[〕\\]］)）]\\s*\\d+\\s*号)\\s*[）)]");
    private static final String CLAUSE_BREAKS = "。；！？\n》";

    private final ParsedDocument doc;
    private final MentionIndex<OrganizationMention> orgs;
    private final MentionIndex<RegionMention> regions;

    IssuerBinder(ParsedDocument doc, List<OrganizationMention> orgs, List<RegionMention> regions) {
        this.doc = doc;
        this.orgs = new MentionIndex<>(orgs);
        this.regions = new MentionIndex<>(regions);
    }

    /** The citation of the title at [start, end) (offsets of 《 and one past 》). */
    Citation bind(int start, int end) {
        Citation fromTitle = new Citation(issuerInTitle(start, end), "", "");
        return fromTitle.orElse(fromTableRow(start)).orElse(fromLeft(start)).orElse(fromRight(end));
    }

    /** 《国务院关于…》: an organization right at the start of the title, followed by 关于. */
    private String issuerInTitle(int start, int end) {
        for (OrganizationMention o : orgs.startingAt(start + 1)) {
            if (o.end() < end && doc.text().startsWith("关于", o.end())) {
                return o.name();
            }
        }
        return "";
    }

    private Citation fromTableRow(int start) {
        for (Table table : doc.tables()) {
            for (List<TableCell> row : table.rows()) {
                if (row.stream().noneMatch(c -> c.start() <= start && start < c.end())) {
                    continue;
                }
                String issuer = "";
                String date = "";
                for (TableCell cell : row) {
                    if (cell.start() <= start && start < cell.end()) {
                        continue;
                    }
                    if (issuer.isEmpty()) {
                        issuer = orgs.within(cell.start(), cell.end()).stream()
                                .map(OrganizationMention::name).findFirst().orElse("");
                    }
                    Matcher m = DateText.DATE.matcher(cell.text());
                    if (date.isEmpty() && m.find() && m.start() == 0) {
                        date = DateText.of(m, doc.date()).orElse("");
                    }
                }
                return new Citation(issuer, date, "");
            }
        }
        return Citation.NONE;
    }

    private Citation fromLeft(int start) {
        String text = doc.text();
        int from = clauseStart(start);
        String issuer = "";
        int issuerStart = start;
        Optional<OrganizationMention> org = orgs.within(from, start).stream()
                .filter(o -> CONNECTOR.matcher(text.substring(o.end(), start)).matches())
                .reduce((a, b) -> b);
        if (org.isPresent()) {
            List<OrganizationMention> issuers = jointIssuers(org.get(), from);
            issuer = String.join("、", issuers.stream().map(OrganizationMention::name).distinct().toList());
            issuerStart = issuers.get(0).start();
        } else {
            List<RegionMention> issuers = regionIssuers(from, start);
            if (!issuers.isEmpty()) {
                issuer = String.join("、", issuers.stream().map(RegionMention::name).toList());
                issuerStart = issuers.get(0).start();
            }
        }
        String date = issuer.isEmpty() ? "" : dateBefore(issuerEnd(issuerStart, start), start);
        return new Citation(issuer, date.isEmpty() ? dateBefore(from, issuerStart) : date, "");
    }

    /** End of the issuers that start at {@code issuerStart}: 中国人民银行、国家外汇管理局|2022年6月联合发布的《…》. */
    private int issuerEnd(int issuerStart, int start) {
        int end = issuerStart;
        for (OrganizationMention o : orgs.within(issuerStart, start)) {
            end = Math.max(end, o.end());
        }
        for (RegionMention r : regions.within(issuerStart, start)) {
            if (r.start() <= end + 1) {
                end = Math.max(end, r.end());
            }
        }
        return end;
    }

    /** 国家发展改革委、科技部、工业和信息化部联合印发《…》: all the bodies listed before the verb. */
    private List<OrganizationMention> jointIssuers(OrganizationMention last, int from) {
        List<OrganizationMention> out = new ArrayList<>();
        out.add(last);
        List<OrganizationMention> before = orgs.within(from, last.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            OrganizationMention o = before.get(i);
            if (!ORG_JOIN.matcher(doc.text().substring(o.end(), out.get(0).start())).matches()) {
                break;
            }
            out.add(0, o);
        }
        return out;
    }

    private int clauseStart(int start) {
        int from = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= from; i--) {
            if (CLAUSE_BREAKS.indexOf(doc.text().charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** 湖北会同湖南和江西三省签署《…》 → 湖北省, 湖南省, 江西省; 湖北襄阳发布《…》 → 襄阳市. */
    private List<RegionMention> regionIssuers(int from, int start) {
        String text = doc.text();
        List<RegionMention> inClause = regions.within(from, start).stream().filter(r -> !r.foreign()).toList();
        if (inClause.isEmpty()) {
            return List.of();
        }
        RegionMention last = inClause.get(inClause.size() - 1);
        if (!REGION_CONNECTOR.matcher(text.substring(last.end(), start)).matches()) {
            return List.of();
        }
        List<RegionMention> out = new ArrayList<>();
        out.add(last);
        for (int i = inClause.size() - 2; i >= 0; i--) {
            RegionMention r = inClause.get(i);
            RegionMention next = inClause.get(i + 1);
            if (r.end() == next.start()) {
                continue; // 湖北襄阳: the more specific place already stands for both
            }
            if (!REGION_JOIN.matcher(text.substring(r.end(), next.start())).matches()) {
                break;
            }
            out.add(0, r);
        }
        return out;
    }

    /**
     * The last date in [from, before) that ends within 30 characters of {@code before}: a month
     * ("2019年12月", "同年11月" with the year of the date before it) or, when there is none, a year
     * that opens the clause or precedes the verb ("2022年，深圳市人民政府印发", "…2021年印发的").
     */
    private String dateBefore(int from, int before) {
        Matcher m = DateText.DATE.matcher(doc.text()).region(from, before);
        String date = "";
        while (m.find()) {
            if (before - m.end() <= 30) {
                date = DateText.of(m, doc.date(), sameYear(m.start())).orElse("");
            }
        }
        if (date.isEmpty()) {
            Matcher y = DateText.YEAR.matcher(doc.text()).region(from, before);
            while (y.find()) {
                if (before - y.end() <= 30) {
                    date = y.group(1);
                }
            }
        }
        return date;
    }

    /** "同年11月", "当年3月": the year of the nearest date written before, or null. */
    private String sameYear(int monthStart) {
        String text = doc.text();
        if (monthStart < 2 || !(text.startsWith("同年", monthStart - 2) || text.startsWith("当年", monthStart - 2))) {
            return null;
        }
        Matcher y = DateText.YEAR_OF_DATE.matcher(text).region(Math.max(0, monthStart - 300), monthStart - 2);
        String year = null;
        while (y.find()) {
            year = y.group(1);
        }
        return year;
    }

    /** 《…》，上海市科学学研究所，2023 年 11 月 / 《…》，2019 年 2 月 / 《…》（国发〔2019〕12号）. */
    private Citation fromRight(int end) {
        String text = doc.text();
        Matcher number = DOC_NUMBER.matcher(text).region(end, Math.min(text.length(), end + 30));
        String docNumber = number.lookingAt() ? TextChecks.withoutRegexSpace(number.group(1)) : "";
        int at = end;
        if (at >= text.length() || "，,".indexOf(text.charAt(at)) < 0) {
            return new Citation("", "", docNumber);
        }
        at++;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        String issuer = "";
        List<OrganizationMention> after = orgs.startingAt(at);
        if (!after.isEmpty()) {
            issuer = after.get(0).name();
            at = after.get(0).end();
            if (at < text.length() && "，,".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }
        Matcher m = DateText.DATE.matcher(text).region(at, Math.min(text.length(), at + 20));
        String date = m.lookingAt() ? DateText.of(m, doc.date()).orElse("") : "";
        return new Citation(issuer, date, docNumber);
    }
}
