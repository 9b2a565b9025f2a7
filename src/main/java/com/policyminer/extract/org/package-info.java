/**
 * Organizations: {@code central-bodies.tsv} (central bodies, institutions and well-known enterprises
 * with aliases, 科技部 → 科学技术部) and a suffix rule ({@code suffixes.tsv}) bounded on the left by
 * {@code boundary-words.txt}, with {@code not-organizations.txt} (concepts such as 国家区域科技创新中心)
 * and {@code generic-heads.txt} (一流大学, 各新城集团) excluded.
 */
package com.policyminer.extract.org;
