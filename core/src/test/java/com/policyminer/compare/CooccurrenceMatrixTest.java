package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.compare.CooccurrenceMatrix.Cell;
import com.policyminer.compare.CooccurrenceMatrix.EntityTotal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.compare.CooccurrenceFixtures.QCY;
import static com.policyminer.compare.CooccurrenceFixtures.YQY;
import static com.policyminer.compare.CooccurrenceFixtures.first;
import static com.policyminer.compare.CooccurrenceFixtures.second;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CooccurrenceMatrixTest {

    private final Cooccurrence cooccurrence = Cooccurrence.standard();
    private final List<DocumentMentions> docs = List.of(first(), second());

    @Test
    void regionsTogetherInSentences() {
        CooccurrenceMatrix m = cooccurrence.matrix(EntityType.REGION, EntityType.REGION, CooccurrenceLevel.SENTENCE, docs);
        assertEquals(List.of(new Cell("兰州", "西安", 3, 2)), m.cells(), "S1, S5 (西安市 = 西安) and d2");
        assertEquals(3, m.countOf("西安", "兰州"), "order-insensitive for one type");
        assertEquals(0, m.countOf("西安", "北京"));
        assertEquals(2, m.documents());
        assertEquals(List.of(new EntityTotal("兰州", 4, 2), new EntityTotal("西安", 4, 2)), m.rows(),
                "西安 in S1 S2 S5 and d2; 兰州 in S1 S3 S5 and d2; ties by name (code points)");
        assertEquals(m.rows(), m.columns());
    }

    @Test
    void regionsTogetherInParagraphs() {
        CooccurrenceMatrix m = cooccurrence.matrix(EntityType.REGION, EntityType.REGION, CooccurrenceLevel.PARAGRAPH, docs);
        assertEquals(List.of(new Cell("兰州", "西安", 3, 2), new Cell("兰州", "陕西", 1, 1), new Cell("西安", "陕西", 1, 1)),
                m.cells());
        assertEquals(List.of("兰州", "西安", "陕西"), m.rows().stream().map(EntityTotal::name).sorted().toList(),
                "北京 co-occurs with nothing");
    }

    @Test
    void regionsAndPoliciesAtBothLevels() {
        CooccurrenceMatrix s = cooccurrence.matrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.SENTENCE, docs);
        assertEquals(List.of(new Cell("西安", QCY, 1, 1), new Cell("陕西", YQY, 1, 1)), s.cells());
        assertEquals(List.of("西安", "陕西"), s.rows().stream().map(EntityTotal::name).toList());
        assertEquals(List.of(YQY, QCY), s.columns().stream().map(EntityTotal::name).toList(), "tie: by name");

        CooccurrenceMatrix p = cooccurrence.matrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.PARAGRAPH, docs);
        assertEquals(5, p.cells().size());
        assertEquals(1, p.countOf("兰州", QCY));
        assertEquals(1, p.countOf("兰州", YQY));
        assertEquals(0, p.countOf(QCY, "兰州"), "a and b are typed");
        assertEquals(0, p.countOf("北京", QCY));
    }

    @Test
    void aUnitCountsOncePerPair() {
        DocumentMentions d = CooccurrenceFixtures.doc("d3", "西安、西安市与科技部、科技部再谈。")
                .region("西安", "西安").region("西安市", "西安市").org("科技部", "科学技术部").org("科技部", "科学技术部")
                .build();
        CooccurrenceMatrix m = cooccurrence.matrix(EntityType.REGION, EntityType.ORGANIZATION,
                CooccurrenceLevel.SENTENCE, List.of(d));
        assertEquals(List.of(new Cell("西安", "科学技术部", 1, 1)), m.cells());
        assertEquals(List.of(new EntityTotal("西安", 1, 1)), m.rows());
    }

    @Test
    void sentenceEndsAtEveryTerminator() {
        String text = "西安。兰州！西安？兰州；西安\n兰州";
        CooccurrenceFixtures b = CooccurrenceFixtures.doc("d4", text);
        for (int i = 0; i < 3; i++) {
            b.region("西安", "西安").region("兰州", "兰州");
        }
        List<DocumentMentions> d = List.of(b.build());
        assertEquals(List.of(), cooccurrence.matrix(EntityType.REGION, EntityType.REGION,
                CooccurrenceLevel.SENTENCE, d).cells());
        assertEquals(List.of(new Cell("兰州", "西安", 1, 1)), cooccurrence.matrix(EntityType.REGION, EntityType.REGION,
                CooccurrenceLevel.PARAGRAPH, d).cells(), "one paragraph holds both; the second only 兰州");
    }

    @Test
    void limitKeepsTheTopRowsAndTheirCells() {
        CooccurrenceMatrix p = cooccurrence.matrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.PARAGRAPH, docs)
                .limit(1, 5);
        assertEquals(1, p.rows().size());
        p.cells().forEach(c -> assertEquals(p.rows().get(0).name(), c.a()));
    }

    @Test
    void emptyInputsAndBadArguments() {
        CooccurrenceMatrix m = cooccurrence.matrix(EntityType.REGION, EntityType.POLICY, CooccurrenceLevel.SENTENCE,
                List.of());
        assertEquals(List.of(), m.cells());
        assertEquals(0, m.documents());
        assertThrows(IllegalArgumentException.class, () -> CooccurrenceFixtures.doc("d", "西安").region("西安", "西安")
                .build().mentions().forEach(x -> new DocumentMentions("d", "", "西", List.of(x))));
        assertThrows(IllegalArgumentException.class, () -> new DocumentMentions("", "", "", List.of()));
        assertEquals(EntityType.ORGANIZATION, EntityType.parse("org"));
        assertEquals(EntityType.POLICY, EntityType.parse(" Policies "));
        assertEquals(CooccurrenceLevel.PARAGRAPH, CooccurrenceLevel.parse("paragraph"));
        assertThrows(IllegalArgumentException.class, () -> EntityType.parse("figure"));
        assertThrows(IllegalArgumentException.class, () -> CooccurrenceLevel.parse(null));
    }
}
