package com.policyminer.compare;

import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.util.ArrayList;
import java.util.List;

/** A small document builder: mentions are found in the text by surface, in order. */
final class CooccurrenceFixtures {

    static final String QCY = "秦创原创新驱动平台建设方案";
    static final String YQY = "关于推动建设一区一中心的意见";

    private final String docId;
    private final String text;
    private final List<Mention> mentions = new ArrayList<>();
    private int from;

    private CooccurrenceFixtures(String docId, String text) {
        this.docId = docId;
        this.text = text;
    }

    static CooccurrenceFixtures doc(String docId, String text) {
        return new CooccurrenceFixtures(docId, text);
    }

    /** The next mention of {@code surface} after the previous one, as a region named {@code name}. */
    CooccurrenceFixtures region(String surface, String name) {
        int at = next(surface);
        mentions.add(new RegionMention(docId, surface, at, at + surface.length(), "test", name, "city", "", null, false));
        return this;
    }

    CooccurrenceFixtures policy(String surface, String title) {
        int at = next(surface);
        mentions.add(new PolicyMention(docId, surface, at, at + surface.length(), "test", title, "policy", true,
                null, null, null));
        return this;
    }

    CooccurrenceFixtures org(String surface, String name) {
        int at = next(surface);
        mentions.add(new OrganizationMention(docId, surface, at, at + surface.length(), "test", name, "government"));
        return this;
    }

    DocumentMentions build() {
        return new DocumentMentions(docId, "标题" + docId, text, mentions);
    }

    private int next(String surface) {
        int at = text.indexOf(surface, from);
        if (at < 0) {
            throw new IllegalArgumentException(surface + " not found after " + from);
        }
        from = at + surface.length();
        return at;
    }

    /**
     * Two paragraphs and a third with one region; sentences: S1 西安+兰州, S2 西安+秦创原方案, S3 科技部+兰州,
     * S4 陕西+意见, S5 西安市+兰州市, S6 北京.
     */
    static DocumentMentions first() {
        String text = "西安与兰州共建科技创新中心。西安落实《" + QCY + "》；科技部支持兰州。\n"
                + "陕西省发布《" + YQY + "》。西安市和兰州市联合申报。\n"
                + "北京建设国际科技创新中心。";
        return doc("d1", text)
                .region("西安", "西安市").region("兰州", "兰州市").region("西安", "西安市").policy(QCY, QCY)
                .org("科技部", "科学技术部").region("兰州", "兰州市")
                .region("陕西省", "陕西省").policy(YQY, YQY).region("西安市", "西安市").region("兰州市", "兰州市")
                .region("北京", "北京市")
                .build();
    }

    static DocumentMentions second() {
        return doc("d2", "兰州和西安签署协议。").region("兰州", "兰州市").region("西安", "西安市").build();
    }
}
