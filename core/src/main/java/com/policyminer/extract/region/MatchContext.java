package com.policyminer.extract.region;

/**
 * Rejects a place name where the characters around it show it is part of an ordinary word:
 * 西安区域 (区域, not 西安区), 合作市场 (市场), 集中部署 (部署, not 中部), 西部门 …
 */
final class MatchContext {

    private static final String AFTER_SUFFIX_WORD = "域";
    private static final String AFTER_SHI = "场值";
    private static final String AFTER_BU = "署门分长委队件位属";

    private MatchContext() {
    }

    static boolean accepts(String text, int start, int end) {
        char last = text.charAt(end - 1);
        char next = end < text.length() ? text.charAt(end) : ' ';
        if ("区县市省".indexOf(last) >= 0 && AFTER_SUFFIX_WORD.indexOf(next) >= 0) {
            return false;
        }
        if (last == '市' && AFTER_SHI.indexOf(next) >= 0) {
            return false;
        }
        return last != '部' || AFTER_BU.indexOf(next) < 0;
    }
}
