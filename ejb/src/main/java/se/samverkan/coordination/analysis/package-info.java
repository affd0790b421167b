/**
 * A coordination group's local analysis per year (lokal nulägesanalys): per target group the
 * current picture of local needs, what works, gaps and risks and the coming year's priorities,
 * and a summary. Staff knowledge only, never data about individuals. Completed analyses feed
 * the annual follow-up. Tenant data: multitenant and row-level secured.
 */
package se.samverkan.coordination.analysis;
