package com.policyminer.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18: the warm-up's searches come from the index's vocabulary, in every shape a query takes. */
class WarmupQueriesTest {

    @Test
    void everyTermAloneThenTheShapesAnalystsType() {
        List<String> q = WarmupQueries.of(List.of("西安市", "兰州市", "上海市"), List.of("一带一路", "科学技术部"),
                List.of("研发投入强度", "506.06亿元"));
        assertEquals(List.of("西安市", "兰州市", "上海市", "一带一路", "科学技术部", "研发投入强度", "506.06亿元"), q.subList(0, 7));
        assertEquals(List.of("西安市 兰州市", "\"兰州市\"", "上海市 AND 一带一路", "一带一路 OR 科学技术部",
                "科学技术部 AND (研发投入强度 OR 506.06亿元)", "研发投入强度 506.06亿元", "\"506.06亿元\""), q.subList(7, q.size()));
    }

    @Test
    void termsAQueryCannotCarryAreLeftOut() {
        List<String> q = WarmupQueries.of(List.of("西安", "", "a\"b", "x y", "(括号)", "很长很长很长很长很长很长很长很长很长很长很长"),
                List.of(), List.of());
        assertEquals(List.of("西安"), q); // one term: no pairs with itself
    }

    @Test
    void anEmptyIndexGivesNoQueries() {
        assertTrue(WarmupQueries.of(List.of(), List.of(), List.of()).isEmpty());
        assertFalse(WarmupQueries.of(List.of("北京"), List.of("北京"), List.of()).contains("北京 北京"));
    }
}
