/**
 * The agreements' REST API under {@code /api/spaces/{space}/agreements}: reading, comparing,
 * searching and PDF for the whole area; drafting and the life cycle for the region's secretariat
 * and RUG; each party's own decision and answer.
 */
package se.samverkan.agreement.api;
