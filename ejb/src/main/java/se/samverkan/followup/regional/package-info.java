/**
 * The regional follow-up (issue 7, part 5): RUG's compilation of the groups' approved reports per
 * year and target group, computed on read from the region's own snapshots; RUG's texts on it; the
 * frozen publication that every party of the area reads; and its PDF, XLSX and CSV exports.
 */
package se.samverkan.followup.regional;
