/**
 * The annual follow-up's REST API: RUG's indicator sets and rounds, a group's report (start,
 * answer, submit), and RUG's dashboard and review of submissions. Thin: the services decide.
 */
package se.samverkan.followup.api;
