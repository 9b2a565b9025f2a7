package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.compare.Partners.Example;
import com.policyminer.compare.Partners.Partner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.compare.CooccurrenceFixtures.QCY;
import static com.policyminer.compare.CooccurrenceFixtures.YQY;
import static com.policyminer.compare.CooccurrenceFixtures.first;
import static com.policyminer.compare.CooccurrenceFixtures.second;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CooccurrencePartnersTest {

    private final Cooccurrence cooccurrence = Cooccurrence.standard();
    private final List<DocumentMentions> docs = List.of(first(), second());

    @Test
    void partnersRankedBySentencesThenParagraphs() {
        Partners p = cooccurrence.partners("西安市", EntityType.REGION, docs);
        assertTrue(p.found());
        assertEquals("西安", p.entity());
        assertEquals(4, p.sentences());
        assertEquals(3, p.paragraphs());
        assertEquals(2, p.documents());
        assertEquals(List.of("兰州", QCY, YQY, "科学技术部", "陕西"), p.partners().stream().map(Partner::name).toList());
        Partner lanzhou = p.partners().get(0);
        assertEquals(new Partner("兰州", EntityType.REGION, 3, 3, 2, lanzhou.examples()), lanzhou);
        Partner qcy = p.partners().get(1);
        assertEquals(EntityType.POLICY, qcy.type());
        assertEquals(1, qcy.sentences());
        assertEquals(0, p.partners().get(3).sentences());
        assertEquals(1, p.partners().get(3).paragraphs());
    }

    @Test
    void examplesCarrySentenceTextOffsetsAndHighlights() {
        DocumentMentions d1 = first();
        Partner lanzhou = cooccurrence.partners("西安", EntityType.REGION, docs).partners().get(0);
        assertEquals(3, lanzhou.examples().size());
        Example e = lanzhou.examples().get(0);
        assertEquals("d1", e.docId());
        assertEquals("标题d1", e.title());
        assertEquals(CooccurrenceLevel.SENTENCE, e.level());
        assertEquals("西安与兰州共建科技创新中心。", e.text());
        assertEquals(e.text(), d1.text().substring(e.start(), e.end()));
        assertEquals(List.of(new Highlight("西安", EntityType.REGION, 0, 2), new Highlight("兰州", EntityType.REGION, 3, 5)),
                e.highlights());
        Example second = lanzhou.examples().get(1);
        assertEquals("西安市和兰州市联合申报。", second.text());
        assertEquals(second.text(), d1.text().substring(second.start(), second.end()));
        assertEquals("d2", lanzhou.examples().get(2).docId());
    }

    @Test
    void paragraphExampleWhenNoSentenceIsShared() {
        Partner ministry = cooccurrence.partners("西安", EntityType.REGION, docs).partners().stream()
                .filter(x -> x.name().equals("科学技术部")).findFirst().orElseThrow();
        assertEquals(1, ministry.examples().size());
        Example e = ministry.examples().get(0);
        assertEquals(CooccurrenceLevel.PARAGRAPH, e.level());
        assertTrue(e.text().startsWith("西安与兰州") && e.text().endsWith("科技部支持兰州。"), e.text());
        assertEquals(List.of("西安", "西安", "科学技术部"), e.highlights().stream().map(Highlight::name).toList());
    }

    @Test
    void partnerTypeLimitAndExampleCount() {
        Partners p = cooccurrence.partners("西安", EntityType.REGION, docs, EntityType.POLICY, 1, 0);
        assertEquals(1, p.partners().size());
        assertEquals(QCY, p.partners().get(0).name());
        assertEquals(List.of(), p.partners().get(0).examples());
    }

    @Test
    void policyPartners() {
        Partners p = cooccurrence.partners(YQY, EntityType.POLICY, docs);
        assertEquals(List.of("陕西", "兰州", "西安"), p.partners().stream().map(Partner::name).toList());
    }

    @Test
    void unknownEntityIsNotFound() {
        Partners p = cooccurrence.partners("拉萨", EntityType.REGION, docs);
        assertFalse(p.found());
        assertEquals(0, p.sentences());
        assertEquals(List.of(), p.partners());
        assertFalse(cooccurrence.partners("西安", EntityType.POLICY, docs).found(), "the type is part of the entity");
    }

    @Test
    void longParagraphsAreClippedAroundTheMentions() {
        String filler = "产业协同发展持续推进".repeat(40);
        String text = filler + "西安与科技部座谈" + filler + "。";
        DocumentMentions d = CooccurrenceFixtures.doc("long", text.replace("座谈" + filler + "。", "座谈" + filler))
                .region("西安", "西安").org("科技部", "科学技术部").build();
        Example e = cooccurrence.partners("西安", EntityType.REGION, List.of(d)).partners().get(0).examples().get(0);
        assertEquals(Cooccurrence.MAX_EXAMPLE_CHARS, e.text().length());
        assertEquals(e.text(), d.text().substring(e.start(), e.end()));
        assertEquals(2, e.highlights().size());
    }
}
