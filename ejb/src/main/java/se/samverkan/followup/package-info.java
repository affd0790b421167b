/**
 * The annual follow-up: RUG's indicator sets and yearly rounds (the region's), a group's report
 * for a year (its municipality's), and what a group submitted, as the region's snapshot that RUG
 * reviews. The region never reads a draft: only {@link se.samverkan.followup.Submission} rows.
 */
package se.samverkan.followup;
