/**
 * The region's project portfolio, shared with its area for reading: strategic goal areas,
 * projects with owner, regional financing and period, a status per reporting period, and
 * commitments (åtaganden); an overview with filters and an XLSX export.
 */
package se.samverkan.portfolio;
