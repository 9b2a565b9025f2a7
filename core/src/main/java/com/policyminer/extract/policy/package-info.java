/**
 * Cited policies and publications: 《》 titles classified by {@code title-kinds.tsv} and
 * {@code title-followers.tsv}, normalized by {@link com.policyminer.extract.policy.TitleNormalizer},
 * bound to issuer, date and document number, back-references resolved; and the named strategies of
 * {@code strategies.tsv} cited without 《》.
 */
package com.policyminer.extract.policy;
