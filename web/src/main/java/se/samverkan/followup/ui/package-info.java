/**
 * The annual follow-up's pages: a group's report (fill in, figures with their source, submit),
 * RUG's dashboard and review of a submission, and the indicator sets.
 */
package se.samverkan.followup.ui;
