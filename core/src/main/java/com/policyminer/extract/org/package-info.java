/**
 * Organizations: {@code central-bodies.tsv} (central bodies, institutions, companies by their short
 * names, exchanges and media, with aliases, 科技部 → 科学技术部) and a suffix rule ({@code suffixes.tsv},
 * each ending with its kind and, for 证监局, its parent) bounded on the left by {@code boundary-words.txt},
 * with {@code not-organizations.txt} (concepts such as 国家区域科技创新中心), {@code generic-heads.txt}
 * (一流大学, 各新城集团) and {@code company-descriptions.tsv} (上市公司, 62家公司, 设计公司) excluded.
 * Each mention has a kind, a level for government and party bodies and the parent of a unit
 * (科技部成果转化与区域创新司 → 科学技术部); {@link com.policyminer.extract.org.DefinedShortNames} adds the
 * uses of a short name a text defines (（以下简称山外山）) and
 * {@link com.policyminer.extract.org.HomePlaceBodies} the bare 省委, 省人民政府 of a province's own report.
 */
package com.policyminer.extract.org;
