package com.policyminer.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComparisonSubjectNamesTest {

    @Test
    void administrativeSuffixesAreDropped() {
        assertEquals("西安", SubjectNames.canonical("西安市"));
        assertEquals("西安", SubjectNames.canonical(" 西安 "));
        assertEquals("陕西", SubjectNames.canonical("陕西省"));
        assertEquals("广西", SubjectNames.canonical("广西壮族自治区"));
        assertEquals("新疆", SubjectNames.canonical("新疆维吾尔自治区"));
        assertEquals("西藏", SubjectNames.canonical("西藏自治区"));
        assertEquals("香港", SubjectNames.canonical("香港特别行政区"));
    }

    @Test
    void shortNamesAndOtherLevelsAreKept() {
        assertEquals("沙市", SubjectNames.canonical("沙市"));
        assertEquals("全市", SubjectNames.canonical("全市"));
        assertEquals("西咸新区", SubjectNames.canonical("西咸新区"));
        assertEquals("长三角", SubjectNames.canonical("长三角"));
        assertEquals("", SubjectNames.canonical(null));
    }

    @Test
    void theCountryHasOneName() {
        assertEquals("全国", SubjectNames.canonical("我国"));
        assertEquals("全国", SubjectNames.canonical("中国"));
        assertEquals("全国", SubjectNames.canonical("全国"));
    }
}
